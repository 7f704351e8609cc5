import type { FastifyInstance } from 'fastify';
import type { AuthenticatedRequest } from '@app/auth';
import type { ServiceMetrics } from './metrics/service-metrics.js';

/** A request that matched no route is counted under one label, so URLs never become labels. */
const UNMATCHED = 'unmatched';

/**
 * One JSON log line and one metrics sample per answered request (API.md §9): request id,
 * client, method, route template (never the URL: paths and queries carry ids and contacts),
 * status and duration. Bodies and headers are never logged.
 */
export function registerRequestLog(fastify: FastifyInstance, metrics: ServiceMetrics): void {
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    const status = reply.statusCode;
    metrics.request({ method: request.method, route, status }, reply.elapsedTime / 1000);
    const clientId = (request as typeof request & AuthenticatedRequest).principal?.clientId;
    // request.log already names the request (`requestId`, create-app.ts).
    request.log.info(
      {
        clientId: clientId ?? null,
        method: request.method,
        route,
        status,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}
