import { DEFAULT_RATE_LIMITS, readRateLimitConfig } from './rate-limit.config.js';

describe('the rate-limit budgets from the environment', () => {
  it('defaults to the documented budgets, counted without Redis', () => {
    expect(readRateLimitConfig({})).toEqual({
      writesPerMinute: DEFAULT_RATE_LIMITS.RATE_LIMIT_WRITES_PER_MINUTE,
      tokensPerMinute: DEFAULT_RATE_LIMITS.RATE_LIMIT_TOKENS_PER_MINUTE,
      tokenAddressesPerMinute: DEFAULT_RATE_LIMITS.RATE_LIMIT_TOKEN_ADDRESSES_PER_MINUTE,
      attemptsPerMinute: DEFAULT_RATE_LIMITS.RATE_LIMIT_ATTEMPTS_PER_MINUTE,
      redisPrefix: 'customer-contact',
    });
  });

  it('reads each budget, Redis and its key prefix', () => {
    expect(
      readRateLimitConfig({
        RATE_LIMIT_WRITES_PER_MINUTE: '100',
        RATE_LIMIT_TOKENS_PER_MINUTE: '5',
        RATE_LIMIT_TOKEN_ADDRESSES_PER_MINUTE: '50',
        RATE_LIMIT_ATTEMPTS_PER_MINUTE: '3',
        REDIS_URL: 'redis://127.0.0.1:6379',
        RATE_LIMIT_REDIS_PREFIX: 'bank-a',
      }),
    ).toEqual({
      writesPerMinute: 100,
      tokensPerMinute: 5,
      tokenAddressesPerMinute: 50,
      attemptsPerMinute: 3,
      redisUrl: 'redis://127.0.0.1:6379',
      redisPrefix: 'bank-a',
    });
  });

  it.each(['0', '-1', '1.5', 'many'])('refuses a budget of %s, naming the variable', (value) => {
    expect(() => readRateLimitConfig({ RATE_LIMIT_ATTEMPTS_PER_MINUTE: value })).toThrow(
      'RATE_LIMIT_ATTEMPTS_PER_MINUTE must be a positive integer',
    );
  });
});
