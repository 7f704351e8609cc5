import {
  Global,
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { API_CLIENT_ENTITIES } from '@app/auth';
import { CUSTOMER_ENTITIES } from '@app/customer';
import { systemClock } from '@app/core';
import {
  AUDIT_ENTITIES,
  CommandRunner,
  DatabaseStreamTransactions,
  EventSealer,
  EventStore,
  OpsCommandRunner,
  TypeOrmCommandLog,
} from '@app/event-store';
import { NOTIFICATION_ENTITIES } from '@app/notifications';
import { IdempotencyRecordEntity } from '../http/idempotency/idempotency-record.entity.js';
import { Database, openDataSource, type DatabaseTarget } from '@app/persistence';
import { ObservedEventStore } from './observed-event-store.js';

export const DATA_SOURCE = Symbol('DataSource');

/**
 * One DataSource for the process, migrated at start-up, closed on shutdown; the one
 * CommandRunner every write goes through; and the event store, sealing every row it appends.
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** `serverSecret` keys the event seals (the token signing secret the app already holds). */
  static forRoot(target: DatabaseTarget, serverSecret: string): DynamicModule {
    const sealer = EventSealer.fromSecret(serverSecret);
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DATA_SOURCE,
          useFactory: () =>
            openDataSource(target, {
              entities: [
                ...AUDIT_ENTITIES,
                ...CUSTOMER_ENTITIES,
                ...API_CLIENT_ENTITIES,
                ...NOTIFICATION_ENTITIES,
                IdempotencyRecordEntity,
              ],
            }),
        },
        {
          provide: Database,
          inject: [DATA_SOURCE],
          useFactory: (ds: DataSource) => new Database(ds),
        },
        { provide: EventSealer, useValue: sealer },
        { provide: ObservedEventStore, useValue: new ObservedEventStore(sealer) },
        { provide: EventStore, useExisting: ObservedEventStore },
        {
          provide: CommandRunner,
          inject: [Database],
          useFactory: (db: Database) =>
            new CommandRunner(
              new DatabaseStreamTransactions(db),
              new TypeOrmCommandLog(),
              systemClock,
            ),
        },
        {
          provide: OpsCommandRunner,
          inject: [CommandRunner, EventStore],
          useFactory: (runner: CommandRunner, events: EventStore) =>
            new OpsCommandRunner(runner, events, systemClock),
        },
      ],
      exports: [
        DATA_SOURCE,
        Database,
        EventStore,
        EventSealer,
        ObservedEventStore,
        CommandRunner,
        OpsCommandRunner,
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
