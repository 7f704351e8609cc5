import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the suites run against; unset means those suites are skipped. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL;

export type DatabaseKind = 'sqlite' | 'postgres';

export const DATABASES: readonly DatabaseKind[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one app: in-memory SQLite, or a new PostgreSQL database. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') return { url: 'sqlite::memory:', drop: () => Promise.resolve() };
  if (!POSTGRES_ADMIN_URL) throw new Error('TEST_POSTGRES_URL is not set');
  const name = `cct_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Runs a suite once per database. Without TEST_POSTGRES_URL the PostgreSQL run is skipped, and
 * the global set-up says so in the output.
 */
export function describeEachDatabase(name: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of DATABASES) {
    const run = kind === 'postgres' && !POSTGRES_ADMIN_URL ? describe.skip : describe;
    run(`${name} [${kind}]`, () => suite(kind));
  }
}
