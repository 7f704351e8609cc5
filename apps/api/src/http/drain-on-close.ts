import type { FastifyInstance } from 'fastify';

/**
 * Once the server is closing (SIGTERM), every answer still being sent ends its connection. The
 * server stops listening and waits for its connections; a kept-alive one that carried an
 * in-flight request would otherwise stay open until its 72 s keep-alive timeout, and the process
 * with it. New requests on such a connection get Fastify's 503 meanwhile (retry elsewhere).
 */
export function registerDrainOnClose(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('Connection', 'close');
    done(null, payload);
  });
}
