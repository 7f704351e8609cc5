import { Controller, Get, HttpCode, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/auth';
import { Surface } from '../../http/surface/surface.decorator.js';
import { Answers } from '../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../http/openapi/tags.js';
import { viewRef } from '../../http/openapi/schemas/view-schemas.js';
import { ReadinessIndicators } from './readiness.indicators.js';

/** Liveness and readiness probes (API.md §9), with @nestjs/terminus; open without a token. */
@Controller('health')
@Surface('problem')
@ApiTags(TAGS.operations)
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessIndicators,
  ) {}

  /** Answers while the process is alive: nothing else is checked. */
  @Get()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @Answers(200, 'Alive.', viewRef('Liveness'))
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when the database answers, its migrations are applied and the outbox keeps up; else 503. */
  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness: database reachable, migrations applied, outbox keeping up' })
  @Answers(200, 'Ready.', viewRef('Readiness'))
  @Answers(503, 'Not ready; the report says what failed.', viewRef('Readiness'))
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
