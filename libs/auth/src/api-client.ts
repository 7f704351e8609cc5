import { ValidationFailedError } from '@app/core';
import type { ApiClientRow } from './api-client.entity.js';
import { isScope, normaliseScopes, type Scope } from './scopes.js';

/** A client id: letters, digits, `_` and `-` (service names such as `ops-console`), up to the column's 100. */
export const CLIENT_ID_PATTERN = /^[0-9a-zA-Z_-]{1,100}$/;

/** A client as the rest of the service sees it: never with its secret hash. */
export interface ApiClient {
  readonly clientId: string;
  readonly scopes: readonly Scope[];
  readonly disabled: boolean;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

/** The answer to creating a client: the only time its secret is shown. */
export interface CreatedClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly Scope[];
}

export function toApiClient(row: ApiClientRow): ApiClient {
  return {
    clientId: row.clientId,
    scopes: parseScopes(row.scopes),
    // PostgreSQL gives a boolean, better-sqlite3 0/1 when read outside TypeORM's hydration.
    disabled: Boolean(row.disabled),
    createdAt: row.createdAt,
    disabledAt: row.disabledAt ?? null,
  };
}

/** A scope that is no longer known is dropped rather than granted. */
function parseScopes(text: string): Scope[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? normaliseScopes(parsed) : [];
  } catch {
    return [];
  }
}

/** Checks a new client's id and scopes (every failing field); the scopes deduplicated. */
export function validNewClient(clientId: string, scopes: readonly string[]): Scope[] {
  const errors = [
    ...(CLIENT_ID_PATTERN.test(clientId)
      ? []
      : [{ field: 'clientId', message: 'must match ^[0-9a-zA-Z_-]+$, 1 to 100 characters' }]),
    ...scopes.flatMap((scope, i) =>
      isScope(scope) ? [] : [{ field: `scopes[${i}]`, message: 'unknown scope' }],
    ),
  ];
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return normaliseScopes(scopes);
}
