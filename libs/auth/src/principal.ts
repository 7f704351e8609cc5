import type { Scope } from './scopes.js';

/** The authenticated client of a request, put on it by the ScopesGuard. */
export interface Principal {
  readonly clientId: string;
  readonly scopes: readonly Scope[];
}

/** The part of a request the guard reads and writes; Fastify's request satisfies it. */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}
