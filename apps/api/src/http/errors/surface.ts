import { renderBpm } from './bpm.renderer.js';
import { renderConnectFi } from './connectfi.renderer.js';
import { renderProblem } from './problem.renderer.js';
import type { ErrorRenderer } from './rendered-error.js';

/**
 * Which wire format a URL speaks. Surfaces register here as they are added; everything else
 * (including unknown routes) answers problem+json.
 */
const SURFACES: ReadonlyArray<readonly [RegExp, ErrorRenderer]> = [
  [/^\/api\/bpm\/cmd(?:[/?]|$)/, renderBpm],
  [/^\/(?:condor\/)?customer\/update(?:[/?]|$)/, renderConnectFi],
  [/^\/auth\/get-token(?:[/?]|$)/, renderConnectFi],
];

export function rendererFor(url: string): ErrorRenderer {
  return SURFACES.find(([pattern]) => pattern.test(url))?.[1] ?? renderProblem;
}
