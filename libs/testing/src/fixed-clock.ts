import type { Clock } from '@app/core';

export const DEFAULT_NOW = '2026-11-21T10:30:00.000Z';

/** A clock that stands still until a test moves it, so event times are predictable. */
export class FixedClock implements Clock {
  private current: number;

  constructor(now: string = DEFAULT_NOW) {
    this.current = Date.parse(now);
  }

  now(): string {
    return new Date(this.current).toISOString();
  }

  /** Moves the clock forward (or back, with a negative step). */
  advance(milliseconds = 1000): this {
    this.current += milliseconds;
    return this;
  }

  set(now: string): this {
    this.current = Date.parse(now);
    return this;
  }
}
