import { Controller, Get, HttpCode, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/auth';
import { Surface } from '../../http/surface/surface.decorator.js';
import { ReadinessIndicators } from './readiness.indicators.js';

/** Liveness and readiness probes (API.md §9), with @nestjs/terminus; open without a token. */
@Controller('health')
@Surface('problem')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessIndicators,
  ) {}

  /** Answers while the process is alive: nothing else is checked. */
  @Get()
  @Public()
  @HttpCode(200)
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when the database answers, its migrations are applied and the outbox keeps up; else 503. */
  @Get('ready')
  @Public()
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    try {
      return await this.health.check([
        () => this.readiness.database(),
        () => this.readiness.migrations(),
        () => this.readiness.outboxBacklog(),
      ]);
    } catch (error) {
      // Terminus reports "not ready" as a 503 exception carrying the whole report.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      reply.status(503);
      return error.getResponse();
    }
  }
}
