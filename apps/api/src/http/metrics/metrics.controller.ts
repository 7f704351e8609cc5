import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Registry } from 'prom-client';
import { Public } from '@app/auth';
import { Surface } from '../surface/surface.decorator.js';
import { Answers } from '../openapi/documented-answer.decorators.js';
import { TAGS } from '../openapi/tags.js';
import { ServiceMetrics } from './service-metrics.js';

/** `GET /metrics` (API.md §9): the Prometheus text format, open without a token. */
@Controller('metrics')
@Surface('problem')
@ApiTags(TAGS.operations)
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics: requests, command outcomes, latencies' })
  @Answers(
    200,
    'The Prometheus text format.',
    { type: 'string' },
    {
      contentType: Registry.PROMETHEUS_CONTENT_TYPE,
    },
  )
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
