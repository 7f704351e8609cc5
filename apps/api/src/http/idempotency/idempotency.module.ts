import {
  Global,
  Inject,
  Module,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AUTH_OPTIONS, type AuthOptions } from '@app/auth';
import { systemClock } from '@app/core';
import { CommandRunner } from '@app/event-store';
import { Database } from '@app/persistence';
import { CommandGateway } from './command.gateway.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';
import { IdempotencyRecorder } from './idempotency.recorder.js';
import { IdempotencyStore } from './idempotency.store.js';
import { ResponseSealer } from './response-sealer.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Expired records are purged this often (and at start-up). */
const PURGE_EVERY_MS = 10 * 60 * 1000;

/** Idempotency-Key for every command route (API.md §0); command routes answer through CommandGateway. */
@Global()
@Module({
  imports: [CqrsModule],
  providers: [
    {
      provide: IdempotencyStore,
      inject: [Database, AUTH_OPTIONS],
      useFactory: (db: Database, auth: AuthOptions) =>
        new IdempotencyStore(db, new ResponseSealer(auth.jwtSecret), systemClock, {
          keepMs: DAY_MS,
          abandonedAfterMs: 60_000,
        }),
    },
    {
      provide: IdempotencyRecorder,
      inject: [IdempotencyStore],
      useFactory: (s: IdempotencyStore) => new IdempotencyRecorder(s),
    },
    CommandGateway,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [CommandGateway, IdempotencyStore],
})
export class IdempotencyModule implements OnApplicationBootstrap, OnModuleDestroy {
  private purge: NodeJS.Timeout | undefined;

  constructor(
    @Inject(CommandRunner) private readonly runner: CommandRunner,
    @Inject(IdempotencyRecorder) private readonly recorder: IdempotencyRecorder,
    @Inject(IdempotencyStore) private readonly store: IdempotencyStore,
  ) {}

  onApplicationBootstrap(): void {
    this.runner.addParticipant(this.recorder);
    const purge = (): void => void this.store.purgeExpired().catch(() => undefined);
    this.purge = setInterval(purge, PURGE_EVERY_MS);
    this.purge.unref();
    purge();
  }

  onModuleDestroy(): void {
    clearInterval(this.purge);
  }
}
