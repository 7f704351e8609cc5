export interface RetryPace {
  /** The ceiling of the first retry's delay. */
  readonly retryBaseMs: number;
  /** No retry waits longer than this. */
  readonly maxRetryMs: number;
}

/**
 * The delay before the next try of a message that failed its `attempts`-th delivery: a ceiling of
 * `retryBaseMs · 2^(attempts − 1)`, at most `maxRetryMs`, jittered into its upper half so that
 * the messages of one outage do not all come back at the same instant.
 */
export function retryDelayMs(
  attempts: number,
  pace: RetryPace,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(pace.maxRetryMs, pace.retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}
