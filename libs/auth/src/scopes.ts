/** Every scope a client can hold (API.md §2). */
export const SCOPES = [
  'customers:read',
  'customers:write',
  'audit:read',
  'audit:pii',
  'contacts:admin',
  'clients:admin',
] as const;

export type Scope = (typeof SCOPES)[number];

const known: ReadonlySet<string> = new Set(SCOPES);

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && known.has(value);
}

/** Known scopes only, each once, in the canonical order of SCOPES. */
export function normaliseScopes(values: readonly unknown[]): Scope[] {
  return SCOPES.filter((scope) => values.includes(scope));
}
