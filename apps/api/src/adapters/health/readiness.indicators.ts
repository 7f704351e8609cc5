import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import { OutboxDispatcher } from '@app/notifications';
import { migrationsApplied } from '@app/persistence';
import { DATA_SOURCE } from '../../modules/database.module.js';

/** How long the database may take to answer a probe before the service counts as not ready. */
const PROBE_TIMEOUT_MS = 2000;

/** The injection token of the outbox backlog limit (`OUTBOX_BACKLOG_LIMIT`). */
export const OUTBOX_BACKLOG_LIMIT = Symbol('OutboxBacklogLimit');

/** What must hold for the service to take traffic (API.md §9): each a terminus indicator. */
@Injectable()
export class ReadinessIndicators {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxDispatcher,
    @Inject(OUTBOX_BACKLOG_LIMIT) private readonly backlogLimit: number,
  ) {}

  /** The database answers a query. */
  async database(): Promise<HealthIndicatorResult<'database'>> {
    return await this.indicators
      .check('database')
      .attempt(async () => {
        await this.dataSource.query('SELECT 1');
      })
      .withTimeout(PROBE_TIMEOUT_MS);
  }

  /** Every migration this build knows is applied. */
  async migrations(): Promise<HealthIndicatorResult<'migrations'>> {
    const check = this.indicators.check('migrations');
    const applied = await migrationsApplied(this.dataSource).catch(() => false);
    return applied ? check.up() : check.down({ message: 'migrations pending' });
  }

  /** Undelivered notifications stay under the limit (else the sink is failing or slow). */
  async outboxBacklog(): Promise<HealthIndicatorResult<'outbox'>> {
    const check = this.indicators.check('outbox');
    const backlog = await this.outbox.backlog().catch(() => Number.POSITIVE_INFINITY);
    const data = { backlog, limit: this.backlogLimit };
    return backlog < this.backlogLimit ? check.up(data) : check.down(data);
  }
}
