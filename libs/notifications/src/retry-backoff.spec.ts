import { retryDelayMs } from './retry-backoff.js';

describe('retryDelayMs', () => {
  const pace = { retryBaseMs: 1_000, maxRetryMs: 300_000 };
  const afterAttempts = (random: () => number) =>
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20].map((attempts) => retryDelayMs(attempts, pace, random));

  it('doubles the ceiling with every failed attempt, up to maxRetryMs', () => {
    expect(afterAttempts(() => 1)).toEqual(
      [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300].map((s) => s * 1_000),
    );
  });

  it('jitters into the upper half of the ceiling', () => {
    expect(afterAttempts(() => 0)).toEqual(
      [0.5, 1, 2, 4, 8, 16, 32, 64, 128, 150, 150].map((s) => s * 1_000),
    );
  });
});
