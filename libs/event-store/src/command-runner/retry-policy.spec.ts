import { pauseMs } from './retry-policy.js';

describe('the retry pause after a concurrent write', () => {
  const longest = (attempt: number) => pauseMs(attempt, () => 0.999_999);

  it('grows exponentially from 10 ms, up to a cap of 250 ms', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((a) => Math.round(longest(a)))).toEqual([
      10, 20, 40, 80, 160, 250, 250,
    ]);
  });

  it('waits a random share of that ceiling, down to no wait at all', () => {
    expect(pauseMs(3, () => 0)).toBe(0);
    expect(pauseMs(3, () => 0.5)).toBe(20);
  });
});
