import type { SurfaceName } from './surface.decorator.js';

/** One controller's declaration: its base path, its route paths, its surface. */
export interface SurfaceDeclaration {
  readonly basePath: string;
  readonly routePaths: readonly string[];
  readonly surface: SurfaceName;
}

/** `('api/bpm', 'cmd')` → `/api/bpm/cmd`, as Fastify spells the route's URL. */
export function joinPath(...parts: readonly string[]): string {
  const segments = parts.flatMap((part) => part.split('/')).filter((segment) => segment !== '');
  return `/${segments.join('/')}`;
}

/**
 * Which surface answers a request, from the controllers' own declarations. A routed request is
 * looked up by its route; one that no controller handles (an unknown path under a surface's base
 * path) by the longest base path it falls under. Anything else answers problem+json.
 */
export class SurfaceRoutes {
  private readonly routes = new Map<string, SurfaceName>();
  private readonly bases: ReadonlyArray<readonly [string, SurfaceName]>;

  constructor(declarations: readonly SurfaceDeclaration[]) {
    for (const { basePath, routePaths, surface } of declarations) {
      for (const path of routePaths) this.routes.set(joinPath(basePath, path), surface);
    }
    this.bases = declarations
      .map(({ basePath, surface }) => [joinPath(basePath), surface] as const)
      .filter(([base]) => base !== '/')
      .sort(([a], [b]) => b.length - a.length);
  }

  /** `routeUrl`: the matched route's template, when a route matched; `url`: the raw request URL. */
  surfaceOf(routeUrl: string | undefined, url: string): SurfaceName {
    const routed = routeUrl === undefined ? undefined : this.routes.get(routeUrl);
    if (routed) return routed;
    const path = url.split('?')[0] ?? '';
    const base = this.bases.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
    return base?.[1] ?? 'problem';
  }
}
