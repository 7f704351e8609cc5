import type { FastifyReply, FastifyRequest } from 'fastify';
import { rendererFor } from './surface.js';
import { isUnexpected, toDomainError } from './to-domain-error.js';

/**
 * Renders any error in the wire format of the surface the request came to. Unexpected errors are
 * logged by kind only (no message: it may hold SQL or values) and answered without internals.
 */
export function sendError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (isUnexpected(error)) {
    const name = error instanceof Error ? error.constructor.name : typeof error;
    request.log.error({ err: { type: name } }, 'unexpected error');
  }
  const domainError = toDomainError(error);
  const url = request.url;
  const rendered = rendererFor(url)(domainError, { requestId: String(request.id), url });
  return reply.status(rendered.status).type(rendered.contentType).send(rendered.body);
}
