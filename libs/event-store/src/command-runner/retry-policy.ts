import { setTimeout as sleep } from 'node:timers/promises';

/** How often a command is retried after a concurrent write, and how long it waits in between. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  pause(attempt: number): Promise<void>;
}

const BASE_MS = 5;
const CAP_MS = 250;

/**
 * "Full jitter" exponential backoff: a random wait up to 5 ms · 2^attempt (at most 250 ms), so
 * that writers who clashed once do not clash again in lockstep. `random` is in [0, 1).
 */
export function pauseMs(attempt: number, random: () => number = Math.random): number {
  return random() * Math.min(CAP_MS, BASE_MS * 2 ** attempt);
}

export function jitteredPause(attempt: number): Promise<void> {
  return sleep(pauseMs(attempt)).then(() => undefined);
}

/**
 * Clashes are rare (writers of one stream hold its lock), so a few attempts suffice; past them a
 * client gets a retryable 409 rather than a request that never ends.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 8, pause: jitteredPause };
