import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SurfaceName } from '../../http/surface/surface.decorator.js';

/** Which surface answers a request (SurfaceRegistry.surfaceOf). */
export type SurfaceOf = (routeUrl: string | undefined, url: string) => SurfaceName;

/** RFC 9745 `Deprecation` and RFC 8594's successor link (API.md §4.2). */
export const CONDOR_DEPRECATION_HEADERS = {
  Deprecation: 'true',
  Link: '</customer/update>; rel="successor-version"',
} as const;

/**
 * Puts the deprecation headers on every answer of the condor surface: successes, and errors
 * whoever sends them (guard, body parser, unknown route under `/condor`, handler), since all
 * pass through `onSend`.
 */
export function registerCondorDeprecation(fastify: FastifyInstance, surfaceOf: SurfaceOf): void {
  fastify.addHook(
    'onSend',
    async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (surfaceOf(request.routeOptions.url, request.url) === 'condor') {
        reply.headers(CONDOR_DEPRECATION_HEADERS);
      }
      return payload;
    },
  );
}
