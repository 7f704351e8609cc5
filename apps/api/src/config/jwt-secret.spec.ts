import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveJwtSecret } from './jwt-secret.js';

describe('the token signing key', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'cct-secret-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  const sqliteFile = () => ({ kind: 'sqlite' as const, path: join(folder, 'data', 'db.sqlite') });

  it('is AUTH_JWT_SECRET when set', () => {
    expect(resolveJwtSecret('configured-key', sqliteFile())).toBe('configured-key');
  });

  it('is generated once into the data folder on SQLite, readable by the owner only, and reused', () => {
    const first = resolveJwtSecret(undefined, sqliteFile());
    const file = join(folder, 'data', 'auth-jwt-secret');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(resolveJwtSecret(undefined, sqliteFile())).toBe(first);
  });

  it('is required with PostgreSQL, whose instances must share it', () => {
    expect(() => resolveJwtSecret(undefined, { kind: 'postgres', url: 'postgres://x' })).toThrow(
      'AUTH_JWT_SECRET is required with PostgreSQL',
    );
  });

  it('is a fresh key per process for an in-memory database', () => {
    const memory = { kind: 'sqlite' as const, path: ':memory:' };
    expect(resolveJwtSecret(undefined, memory)).not.toBe(resolveJwtSecret(undefined, memory));
  });
});
