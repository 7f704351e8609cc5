import type { FastifyInstance } from 'fastify';

export interface ServedRoute {
  readonly method: string;
  /** As Fastify spells it: `/api/customers/:customerId`. */
  readonly url: string;
}

/** `│   ├── /history (GET, HEAD)`: the tree's indentation, the segment, the methods. */
const LINE = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every route Fastify serves, read from its own route tree (`printRoutes`), so a route added by
 * any means (a controller, a plugin, SwaggerModule's own) is listed. HEAD routes that Fastify adds
 * for each GET are left out.
 */
export function servedRoutes(fastify: FastifyInstance): ServedRoute[] {
  const prefixes: string[] = [];
  const routes: ServedRoute[] = [];
  for (const line of fastify.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const [, indent = '', segment = '', methods] = match;
    const depth = indent.length / 4;
    const url = (prefixes[depth - 1] ?? '') + segment;
    prefixes[depth] = url;
    for (const method of methods?.split(', ') ?? []) {
      if (method !== 'HEAD') routes.push({ method, url });
    }
  }
  return routes;
}
