import type { Clock } from '@app/core';

/** What the auth library needs from the application's configuration (API.md §10). */
export interface AuthOptions {
  /** HS256 signing key (AUTH_JWT_SECRET or the generated one). */
  readonly jwtSecret: string;
  /** Token lifetime, reported as `expiresIn`. */
  readonly tokenTtlSeconds: number;
  /** Source of `createdAt` / `disabledAt`; the system clock when absent. */
  readonly clock?: Clock;
}

/** Injection token under which the application provides AuthOptions. */
export const AUTH_OPTIONS = Symbol('AuthOptions');
