import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RefusedCommandLog } from '../command-log/refused-command.log.js';
import { SurfaceRegistry } from '../surface/surface.registry.js';
import { ReplayedResponse } from '../idempotency/replayed-response.js';
import { sendError } from './send-error.js';

/** The one place Nest hands errors to: each request is answered in its controller's surface format. */
@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  constructor(
    private readonly surfaces: SurfaceRegistry,
    private readonly refusedCommands: RefusedCommandLog,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (error instanceof ReplayedResponse) {
      const { status, headers, body } = error.response;
      reply.status(status).headers(headers).header('Idempotent-Replayed', 'true').send(body);
      return;
    }
    const surface = this.surfaces.surfaceOf(request.routeOptions.url, request.url);
    // Logged before answering, so that a client reading the log after its answer finds the row.
    await this.refusedCommands.record(error, request);
    sendError(error, surface, request, reply);
  }
}
