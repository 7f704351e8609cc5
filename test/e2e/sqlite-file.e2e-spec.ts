import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { individualBody } from '@app/testing';
import { createTestApp } from '../support/test-app.js';

/** The default deployment: a SQLite file in a data folder, no signing key configured. */
describe('SQLite file database across a restart', () => {
  // A new, empty data folder per test: each test starts the service on it from scratch.
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'cct-file-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));
  // An empty AUTH_JWT_SECRET counts as unset: the key is generated into the data folder.
  const env = () => ({
    DATABASE_URL: `sqlite:${join(folder, 'data', 'db.sqlite')}`,
    AUTH_JWT_SECRET: '',
  });

  it('runs in WAL mode with synchronous=FULL, so a committed answer is on disk', async () => {
    const t = await createTestApp({ env: env() });
    try {
      const dataSource = t.app.get<DataSource>(DATA_SOURCE);
      const [journal] =
        await dataSource.query<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
      const [sync] = await dataSource.query<Array<{ synchronous: number }>>('PRAGMA synchronous');
      expect(journal?.journal_mode).toBe('wal');
      expect(sync?.synchronous).toBe(2); // FULL
    } finally {
      await t.close();
    }
  });

  it('keeps customers and tokens valid after the service restarts', async () => {
    const first = await createTestApp({ env: env() });
    const token = await first.tokenFor();
    const created = await first.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId: 'durable_1', email: 'durable@example.com' }));
    expect(created.status).toBe(201);
    await first.close();

    expect(existsSync(join(folder, 'data', 'auth-jwt-secret'))).toBe(true);
    const second = await createTestApp({ env: env() });
    try {
      const read = await second.http
        .get('/api/customers/durable_1')
        .set('Authorization', `Bearer ${token}`);
      expect(read.status).toBe(200);
      expect(read.body.customer.email).toBe('durable@example.com');
      const ready = await second.http.get('/health/ready');
      expect(ready.body).toMatchObject({
        status: 'ok',
        info: { database: { status: 'up' }, migrations: { status: 'up' } },
      });
    } finally {
      await second.close();
    }
  });
});
