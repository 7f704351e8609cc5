import { DataSource } from 'typeorm';
import { Database } from './database.js';

/**
 * Against a real in-memory better-sqlite3 database: transactions that overlap across awaits on
 * the one shared connection would interleave and lose writes without the queue.
 */
describe('Database on SQLite', () => {
  let dataSource: DataSource;
  let db: Database;
  // A fresh database per test, its counter at 0, so that no test sees another one's writes.
  beforeEach(async () => {
    dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
    await dataSource.query('INSERT INTO counter (id, n) VALUES (1, 0)');
    db = new Database(dataSource);
  });
  afterEach(() => dataSource.destroy());

  it('runs 50 overlapping read-modify-write transactions one after another, losing none', async () => {
    const increments = Array.from({ length: 50 }, () =>
      db.transaction(async (manager) => {
        const [row] = await manager.query<Array<{ n: number }>>(
          'SELECT n FROM counter WHERE id = 1',
        );
        await Promise.resolve(); // yield, as real work does between statements
        await manager.query('UPDATE counter SET n = ? WHERE id = 1', [row!.n + 1]);
      }),
    );
    await Promise.all(increments);
    const [row] = await dataSource.query<Array<{ n: number }>>(
      'SELECT n FROM counter WHERE id = 1',
    );
    expect(row!.n).toBe(50);
  });

  it('rolls back a failed transaction and keeps serving the next ones', async () => {
    // A committed value of its own, which the failed transaction must leave as it is.
    await db.transaction((manager) => manager.query('UPDATE counter SET n = 50 WHERE id = 1'));
    const failing = db.transaction(async (manager) => {
      await manager.query('UPDATE counter SET n = -1 WHERE id = 1');
      throw new Error('rule broken');
    });
    const after = db.read((manager) =>
      manager.query<Array<{ n: number }>>('SELECT n FROM counter WHERE id = 1'),
    );
    await expect(failing).rejects.toThrow('rule broken');
    const [row] = await after;
    expect(row!.n).toBe(50);
  });
});
