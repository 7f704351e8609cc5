import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SurfaceName } from '../surface/surface.decorator.js';
import { RENDERERS } from './renderers.js';
import { isUnexpected, toDomainError } from './to-domain-error.js';

/**
 * Renders any error in the given surface's wire format. Unexpected errors are logged by kind only
 * (no message: it may hold SQL or values) and answered without internals.
 */
export function sendError(
  error: unknown,
  surface: SurfaceName,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (isUnexpected(error)) {
    const name = error instanceof Error ? error.constructor.name : typeof error;
    request.log.error({ err: { type: name } }, 'unexpected error');
  }
  const rendered = RENDERERS[surface](toDomainError(error), { requestId: String(request.id) });
  return reply
    .status(rendered.status)
    .headers(rendered.headers)
    .type(rendered.contentType)
    .send(rendered.body);
}
