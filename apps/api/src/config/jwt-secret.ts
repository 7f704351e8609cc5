import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DatabaseTarget } from '@app/persistence';

const SECRET_FILE = 'auth-jwt-secret';

/**
 * The token signing key: AUTH_JWT_SECRET when set. On SQLite without it, a key generated once
 * into the data folder beside the database, so tokens survive a restart with no set-up; an
 * in-memory database gets a key for the process. PostgreSQL runs several instances that must
 * agree on the key, so there it is required.
 */
export function resolveJwtSecret(configured: string | undefined, database: DatabaseTarget): string {
  if (configured) return configured;
  if (database.kind === 'postgres') {
    throw new Error('AUTH_JWT_SECRET is required with PostgreSQL');
  }
  if (database.path === ':memory:') return randomBytes(32).toString('base64url');
  const file = join(dirname(database.path), SECRET_FILE);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    // 'wx' fails if another process wrote it first; then read theirs.
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return readFileSync(file, 'utf8').trim();
    }
  }
}
