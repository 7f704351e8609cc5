import type { Scope } from './scopes.js';

type Headers = Readonly<Record<string, string | string[] | undefined>>;

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * The token a request carries: `Authorization: Bearer <jwt>`, or `x-connectfi-token: <jwt>` on the
 * routes that accept it. An Authorization header in another scheme counts as no token.
 */
export function extractToken(headers: Headers, acceptsConnectFiToken: boolean): string | undefined {
  const authorization = single(headers['authorization']);
  const bearer = authorization === undefined ? undefined : BEARER.exec(authorization)?.[1];
  if (bearer) return bearer;
  if (!acceptsConnectFiToken) return undefined;
  const connectFi = single(headers['x-connectfi-token'])?.trim();
  return connectFi ? connectFi : undefined;
}

/** The required scopes the principal lacks, in the order they were required. */
export function missingScopes(required: readonly Scope[], granted: readonly Scope[]): Scope[] {
  return [...new Set(required)].filter((scope) => !granted.includes(scope));
}

/** A repeated header is ambiguous, so it is ignored rather than guessed at. */
function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
