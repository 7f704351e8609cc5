import { resolve } from 'node:path';

export type DatabaseTarget =
  | { readonly kind: 'sqlite'; readonly path: string } // ':memory:' for an in-memory database
  | {
      readonly kind: 'postgres';
      readonly url: string;
      /** Connections this instance keeps (`DATABASE_POOL_SIZE`); see data-source-options.ts. */
      readonly poolSize?: number;
    };

export const DEFAULT_DATABASE_URL = 'sqlite:./data/customer-contact.sqlite';

/** Reads `DATABASE_URL` (API.md §10): `sqlite:<path>`, `sqlite::memory:` or `postgres://…`. */
export function parseDatabaseUrl(url: string = DEFAULT_DATABASE_URL): DatabaseTarget {
  if (url === 'sqlite::memory:') return { kind: 'sqlite', path: ':memory:' };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new Error('DATABASE_URL sqlite: needs a file path');
    return { kind: 'sqlite', path: resolve(path) };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { kind: 'postgres', url };
  }
  throw new Error('DATABASE_URL must start with sqlite: or postgres://');
}
