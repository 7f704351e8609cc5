import {
  Injectable,
  type INestApplicationContext,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { API_CLIENT_ENTITIES } from '@app/auth';
import { systemClock } from '@app/core';
import { CUSTOMER_ENTITIES } from '@app/customer';
import {
  AUDIT_ENTITIES,
  CommandRunner,
  DatabaseStreamTransactions,
  EventSealer,
  EventStore,
  TypeOrmCommandLog,
} from '@app/event-store';
import { NOTIFICATION_ENTITIES } from '@app/notifications';
import { Database, openDataSource, parseDatabaseUrl } from '@app/persistence';
import { resolveJwtSecret } from '../../api/src/config/jwt-secret.js';
import { CliApplicationModule } from './cli-application.module.js';

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
  private store: CliStore | undefined;
  private context: Promise<INestApplicationContext> | undefined;

  /** `url` is DATABASE_URL's unless a command names its own database (`demo:run`). */
  async open(url: string | undefined = process.env.DATABASE_URL): Promise<CliStore> {
    const target = parseDatabaseUrl(url);
    this.opened ??= openDataSource(target, {
      entities: [
        ...AUDIT_ENTITIES,
        ...CUSTOMER_ENTITIES,
        ...API_CLIENT_ENTITIES,
        ...NOTIFICATION_ENTITIES,
      ],
    });
    const dataSource = await this.opened;
    if (!this.store) {
      const db = new Database(dataSource);
      const transactions = new DatabaseStreamTransactions(db);
      const runner = new CommandRunner(transactions, new TypeOrmCommandLog(), systemClock);
      let eventStore: EventStore | undefined;
      this.store = {
        db,
        runner,
        // Sealed with the server's key, as the server seals (the key is resolved as the server
        // resolves it, on first use: a command that writes no event needs none).
        get eventStore() {
          const secret = resolveJwtSecret(process.env.AUTH_JWT_SECRET, target);
          return (eventStore ??= new EventStore(EventSealer.fromSecret(secret)));
        },
      };
    }
    return this.store;
  }

  /** The server's command and query handlers on this database (see CliApplicationModule). */
  async application(url?: string): Promise<INestApplicationContext> {
    this.context ??= this.open(url).then((store) =>
      NestFactory.createApplicationContext(CliApplicationModule.on(store), {
        logger: ['error', 'warn'],
      }),
    );
    return this.context;
  }

  /** Closes the handlers and the database; the next `open` starts again. */
  async close(): Promise<void> {
    const context = await this.context?.catch(() => undefined);
    const dataSource = await this.opened?.catch(() => undefined);
    this.context = undefined;
    this.opened = undefined;
    this.store = undefined;
    await context?.close();
    if (dataSource?.isInitialized) await dataSource.destroy();
  }

  onApplicationShutdown(): Promise<void> {
    return this.close();
  }
}
