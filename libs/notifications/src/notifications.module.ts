import {
  Inject,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { systemClock } from '@app/core';
import { CommandRunner } from '@app/event-store';
import { Database } from '@app/persistence';
import { Outbox, TypeOrmOutbox } from './outbox.js';
import {
  DEFAULT_DISPATCHER_OPTIONS,
  OutboxDispatcher,
  type DispatcherOptions,
} from './outbox-dispatcher.js';
import { createSink, type SinkConfig } from './sinks/sink-config.js';

export interface NotificationsOptions {
  readonly sink: SinkConfig;
  readonly logger: Pick<Logger, 'info'>;
  /** Masks a recipient for the log sink's line. */
  readonly mask: (recipient: string) => string;
  readonly dispatcher?: Partial<DispatcherOptions>;
}

/**
 * The outbox and its dispatcher. The dispatcher delivers after a commit that wrote messages (it
 * listens to the CommandRunner) and polls for retries and for messages a crashed instance left behind; it stops
 * before the database closes.
 */
@Module({})
export class NotificationsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    @Inject(OutboxDispatcher) private readonly dispatcher: OutboxDispatcher,
    @Inject(CommandRunner) private readonly runner: CommandRunner,
    @Inject(Outbox) private readonly outbox: TypeOrmOutbox,
  ) {}

  static forRoot(options: NotificationsOptions): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [
        { provide: Outbox, useValue: new TypeOrmOutbox(systemClock) },
        {
          provide: OutboxDispatcher,
          inject: [Database],
          useFactory: (db: Database) =>
            new OutboxDispatcher(
              db,
              createSink(options.sink, options.logger, options.mask),
              systemClock,
              {
                ...DEFAULT_DISPATCHER_OPTIONS,
                ...options.dispatcher,
              },
            ),
        },
      ],
      exports: [Outbox, OutboxDispatcher],
    };
  }

  onApplicationBootstrap(): void {
    this.runner.onCommitted(() => {
      if (this.outbox.takeWritten()) this.dispatcher.kick();
    });
    this.dispatcher.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.dispatcher.stop();
  }
}
