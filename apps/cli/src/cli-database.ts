import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { API_CLIENT_ENTITIES } from '@app/auth';
import { systemClock } from '@app/core';
import { CUSTOMER_ENTITIES } from '@app/customer';
import {
  AUDIT_ENTITIES,
  CommandRunner,
  DatabaseStreamTransactions,
  EventStore,
  TypeOrmCommandLog,
} from '@app/event-store';
import { Database, openDataSource, parseDatabaseUrl } from '@app/persistence';

/** What a command that works on the database gets: the same gate and runner as the server's. */
export interface CliStore {
  readonly db: Database;
  readonly runner: CommandRunner;
  readonly eventStore: EventStore;
}

/**
 * The database of `DATABASE_URL` (API.md §10), opened (and migrated) only by commands that need
 * it: `audit:verify-file` and `--help` touch none. Closed when the CLI ends.
 */
@Injectable()
export class CliDatabase implements OnApplicationShutdown {
  private opened: Promise<DataSource> | undefined;

  async open(): Promise<CliStore> {
    this.opened ??= openDataSource(parseDatabaseUrl(process.env.DATABASE_URL), {
      entities: [...AUDIT_ENTITIES, ...CUSTOMER_ENTITIES, ...API_CLIENT_ENTITIES],
    });
    const db = new Database(await this.opened);
    const transactions = new DatabaseStreamTransactions(db);
    const runner = new CommandRunner(transactions, new TypeOrmCommandLog(), systemClock);
    return { db, runner, eventStore: new EventStore() };
  }

  async onApplicationShutdown(): Promise<void> {
    const dataSource = await this.opened?.catch(() => undefined);
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}
