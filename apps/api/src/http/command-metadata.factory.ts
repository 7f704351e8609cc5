import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { CommandMetadata } from '@app/customer';

type Source = CommandMetadata['source'];

/** The audit metadata of a command built from the HTTP request that carries it. */
export function commandMetadata(request: FastifyRequest, source: Source): CommandMetadata {
  const principal = (request as FastifyRequest & { principal?: { clientId: string } }).principal;
  const idempotencyKey = request.headers['idempotency-key'];
  return {
    commandId: randomUUID(),
    requestId: String(request.id),
    source,
    actor: { clientId: principal?.clientId ?? 'anonymous' },
    receivedAt: new Date().toISOString(),
    ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
  };
}
