/**
 * The budgets (API.md §0, README "Rate limits"): requests per minute, and where they are counted.
 * Every budget is a fixed one-minute window per key; a refusal is 429 with `Retry-After`.
 */
export interface RateLimitConfig {
  /** Authenticated POST and PATCH requests per client (`RATE_LIMIT_WRITES_PER_MINUTE`). */
  readonly writesPerMinute: number;
  /** `POST /auth/get-token` per client id, against secret guessing (`RATE_LIMIT_TOKENS_PER_MINUTE`). */
  readonly tokensPerMinute: number;
  /** `POST /auth/get-token` per caller address, against guessing over many client ids. */
  readonly tokenAddressesPerMinute: number;
  /** Verification attempts per customer, against code guessing across verifications. */
  readonly attemptsPerMinute: number;
  /** A shared Redis store (`REDIS_URL`); else PostgreSQL's table, or memory on SQLite. */
  readonly redisUrl?: string;
  /** Starts every key in Redis (`RATE_LIMIT_REDIS_PREFIX`), for deployments sharing one Redis. */
  readonly redisPrefix: string;
}

/** The defaults: generous for a bank's back end, tight where a guess is being made. */
export const DEFAULT_RATE_LIMITS = {
  RATE_LIMIT_WRITES_PER_MINUTE: 6000,
  RATE_LIMIT_TOKENS_PER_MINUTE: 10,
  RATE_LIMIT_TOKEN_ADDRESSES_PER_MINUTE: 300,
  RATE_LIMIT_ATTEMPTS_PER_MINUTE: 10,
} as const;

type BudgetVariable = keyof typeof DEFAULT_RATE_LIMITS;

function perMinute(env: NodeJS.ProcessEnv, name: BudgetVariable): number {
  const value = env[name];
  if (value === undefined || value === '') return DEFAULT_RATE_LIMITS[name];
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1)
    throw new Error(`${name} must be a positive integer`);
  return number;
}

export function readRateLimitConfig(env: NodeJS.ProcessEnv): RateLimitConfig {
  return {
    writesPerMinute: perMinute(env, 'RATE_LIMIT_WRITES_PER_MINUTE'),
    tokensPerMinute: perMinute(env, 'RATE_LIMIT_TOKENS_PER_MINUTE'),
    tokenAddressesPerMinute: perMinute(env, 'RATE_LIMIT_TOKEN_ADDRESSES_PER_MINUTE'),
    attemptsPerMinute: perMinute(env, 'RATE_LIMIT_ATTEMPTS_PER_MINUTE'),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    redisPrefix: env.RATE_LIMIT_REDIS_PREFIX || 'customer-contact',
  };
}
