import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { Public } from '@app/auth';
import { migrationsApplied } from '@app/persistence';
import { DATA_SOURCE } from '../../modules/database.module.js';
import { Surface } from '../../http/surface/surface.decorator.js';

/** Liveness and readiness probes (API.md §9); open without a token. */
@Controller('health')
@Surface('problem')
export class HealthController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @HttpCode(200)
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Record<string, unknown>> {
    const database = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const migrations = database && (await migrationsApplied(this.dataSource).catch(() => false));
    const ready = database && migrations;
    reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', database, migrations };
  }
}
