import type { SurfaceName } from '../surface/surface.decorator.js';
import { renderBpm } from './bpm.renderer.js';
import { renderCondor } from './condor.renderer.js';
import { renderConnectFi } from './connectfi.renderer.js';
import { renderProblem } from './problem.renderer.js';
import type { ErrorRenderer } from './rendered-error.js';

/** One renderer per surface; exhaustive, so a new surface without a renderer fails the type-check. */
export const RENDERERS: Readonly<Record<SurfaceName, ErrorRenderer>> = {
  bpm: renderBpm,
  connectfi: renderConnectFi,
  condor: renderCondor,
  problem: renderProblem,
};
