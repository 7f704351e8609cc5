import { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type { Database } from '@app/persistence';
import type { RateLimitConfig } from './rate-limit.config.js';

export type Budget = 'writes' | 'tokens' | 'tokenAddresses' | 'attempts';

/** Injection token of the RateLimiters. */
export const RATE_LIMITERS = Symbol('RateLimiters');

export interface RateLimiters {
  readonly byBudget: Readonly<Record<Budget, RateLimiterAbstract>>;
  /** Resolves once the shared store answers, or after a short wait (memory counts meanwhile). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const MINUTE_S = 60;
/** How long start-up waits for Redis before counting in memory until it comes. */
const REDIS_WAIT_MS = 3000;

function connected(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, REDIS_WAIT_MS);
    timer.unref();
    redis.once('ready', done);
  });
}

/** Connections of the PostgreSQL counters: their upserts on a few hot rows queue on row locks. */
const COUNTER_CONNECTIONS = 4;

/**
 * The counters' own connections to the service's database, whose transactions do not wait for
 * their WAL to reach the disk (`synchronous_commit=off`): a count is not a customer's data, and
 * a crash forgets at most the last fraction of a second of it, while waiting would add a disk
 * flush to every write request. The commands' own transactions stay fully durable.
 */
export function counterPool(db: Database): pg.Pool {
  const shared = ((db.dataSource.driver as PostgresDriver).master as pg.Pool).options;
  return new pg.Pool({
    ...shared,
    max: COUNTER_CONNECTIONS,
    options: '-c synchronous_commit=off',
  });
}

/**
 * One limiter per budget, all in one shared store: Redis when REDIS_URL is set, else the
 * PostgreSQL table every instance on the database shares, else (SQLite, one instance) memory. A
 * shared store that fails falls back to memory (`insuranceLimiter`), so an outage of the store
 * limits per instance rather than refusing or letting everything through.
 */
export function createRateLimiters(config: RateLimitConfig, db: Database): RateLimiters {
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { enableOfflineQueue: false })
    : undefined;
  const counters = !redis && db.isPostgres ? counterPool(db) : undefined;
  const limiter = (keyPrefix: Budget, points: number): RateLimiterAbstract => {
    const common = { keyPrefix, points, duration: MINUTE_S };
    const insuranceLimiter = new RateLimiterMemory(common);
    if (redis) {
      const redisKeys = { ...common, keyPrefix: `${config.redisPrefix}:${keyPrefix}` };
      return new RateLimiterRedis({ ...redisKeys, storeClient: redis, insuranceLimiter });
    }
    if (counters) {
      return new RateLimiterPostgres({
        ...common,
        storeClient: counters,
        tableName: 'rate_limits',
        tableCreated: true,
        // The library deletes rows expired an hour ago every five minutes.
        clearExpiredByTimeout: true,
        insuranceLimiter,
      });
    }
    return insuranceLimiter;
  };
  return {
    byBudget: {
      writes: limiter('writes', config.writesPerMinute),
      tokens: limiter('tokens', config.tokensPerMinute),
      tokenAddresses: limiter('tokenAddresses', config.tokenAddressesPerMinute),
      attempts: limiter('attempts', config.attemptsPerMinute),
    },
    ready: () => (redis ? connected(redis) : Promise.resolve()),
    close: async () => {
      await redis?.quit().catch(() => undefined);
      await counters?.end().catch(() => undefined);
    },
  };
}
