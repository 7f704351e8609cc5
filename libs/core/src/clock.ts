/** Source of time, injected so that tests and replays control it. */
export interface Clock {
  /** ISO 8601 UTC with milliseconds. */
  now(): string;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

/** Source of ids, injected for the same reason. */
export interface IdGenerator {
  customerId(): string;
  representativeId(): string;
  uuid(): string;
}
