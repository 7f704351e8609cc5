import type { FastifyInstance, FastifyRequest } from 'fastify';
import { systemClock } from '@app/core';

declare module 'fastify' {
  interface FastifyRequest {
    /** When the request arrived (ISO): a command's `receivedAt` in the command log. */
    receivedAt: string;
  }
}

/** Stamps every request with its arrival time in the first hook Fastify runs. */
export function registerArrivalTime(fastify: FastifyInstance): void {
  fastify.decorateRequest('receivedAt', '');
  fastify.addHook('onRequest', (request, _reply, done) => {
    request.receivedAt = systemClock.now();
    done();
  });
}

/** The request's arrival time (now, for a request that bypassed the hook). */
export function arrivalOf(request: FastifyRequest): string {
  return request.receivedAt || systemClock.now();
}
