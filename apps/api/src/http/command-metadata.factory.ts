import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { OpsRequester } from '@app/auth';
import type { CommandMetadata } from '@app/customer';
import { arrivalOf } from './request-arrival.js';

type Source = CommandMetadata['source'];

function clientOf(request: FastifyRequest): string {
  const principal = (request as FastifyRequest & { principal?: { clientId: string } }).principal;
  return principal?.clientId ?? 'anonymous';
}

/** The audit metadata of a command built from the HTTP request that carries it. */
export function commandMetadata(request: FastifyRequest, source: Source): CommandMetadata {
  const idempotencyKey = request.headers['idempotency-key'];
  return {
    commandId: randomUUID(),
    requestId: String(request.id),
    source,
    actor: { clientId: clientOf(request) },
    receivedAt: arrivalOf(request),
    ...(typeof idempotencyKey === 'string' ? { idempotencyKey } : {}),
  };
}

/** Who asks for an operations command (clients, releases) through this request. */
export function opsRequester(request: FastifyRequest): OpsRequester {
  return {
    actorClientId: clientOf(request),
    requestId: String(request.id),
    receivedAt: arrivalOf(request),
  };
}
