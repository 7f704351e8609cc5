import { Controller, Get, Header, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@app/auth';
import { Surface } from '../surface/surface.decorator.js';
import { ServiceMetrics } from './service-metrics.js';

/** `GET /metrics` (API.md §9): the Prometheus text format, open without a token. */
@Controller('metrics')
@Surface('problem')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.type(this.metrics.registry.contentType);
    return this.metrics.registry.metrics();
  }
}
