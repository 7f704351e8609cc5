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
import { AUDIT_ENTITIES, EventStore } from '@app/event-store';
import { Database, openDataSource, type DatabaseTarget } from '@app/persistence';

export const DATA_SOURCE = Symbol('DataSource');

/** One DataSource for the process, migrated at start-up, closed on shutdown. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  static forRoot(target: DatabaseTarget): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DATA_SOURCE,
          useFactory: () =>
            openDataSource(target, {
              entities: [...AUDIT_ENTITIES, ...CUSTOMER_ENTITIES, ...API_CLIENT_ENTITIES],
            }),
        },
        {
          provide: Database,
          inject: [DATA_SOURCE],
          useFactory: (ds: DataSource) => new Database(ds),
        },
        { provide: EventStore, useValue: new EventStore() },
      ],
      exports: [DATA_SOURCE, Database, EventStore],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
