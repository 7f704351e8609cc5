import { Global, Inject, Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import { Database } from '@app/persistence';
import type { RateLimitConfig } from './rate-limit.config.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { createRateLimiters, RATE_LIMITERS, type RateLimiters } from './rate-limiters.js';

/** The limiters and their guard; the app registers the guard after the scopes guard. */
@Global()
@Module({})
export class RateLimitModule implements OnModuleDestroy {
  constructor(@Inject(RATE_LIMITERS) private readonly limiters: RateLimiters) {}

  static forRoot(config: RateLimitConfig): DynamicModule {
    return {
      module: RateLimitModule,
      providers: [
        {
          provide: RATE_LIMITERS,
          inject: [Database],
          useFactory: async (db: Database) => {
            const limiters = createRateLimiters(config, db);
            await limiters.ready();
            return limiters;
          },
        },
        RateLimitGuard,
      ],
      exports: [RATE_LIMITERS, RateLimitGuard],
    };
  }

  onModuleDestroy(): Promise<void> {
    return this.limiters.close();
  }
}
