import type { Clock } from '@app/core';

/** What the auth library needs from the application's configuration (API.md §10). */
export interface AuthOptions {
  /** HS256 signing key (AUTH_JWT_SECRET or the generated one). */
  readonly jwtSecret: string;
  /** Token lifetime, reported as `expiresIn`. */
  readonly tokenTtlSeconds: number;
  /**
   * How long an instance trusts what it last read of a client's status (enabled, scopes) before
   * reading it again; 2000 ms when absent. A client disabled on this instance is refused at once;
   * on another instance within this time.
   */
  readonly clientStatusTtlMs?: number;
  /** Source of `createdAt` / `disabledAt`; the system clock when absent. */
  readonly clock?: Clock;
}

/** Injection token under which the application provides AuthOptions. */
export const AUTH_OPTIONS = Symbol('AuthOptions');
