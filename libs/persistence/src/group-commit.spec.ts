import { DataSource } from 'typeorm';
import { Database } from './database.js';

/** Group commit on a real in-memory better-sqlite3 database (issue "Performance"). */
describe('group commit on SQLite', () => {
  let dataSource: DataSource;
  let db: Database;
  let commits: number;
  beforeEach(async () => {
    dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE item (id INTEGER PRIMARY KEY)');
    db = new Database(dataSource);
    // better-sqlite3 has one query runner: count the commits it makes.
    const runner = dataSource.createQueryRunner();
    const commit = runner.commitTransaction.bind(runner);
    commits = 0;
    runner.commitTransaction = async () => {
      await commit();
      if (!runner.isTransactionActive) commits++;
    };
  });
  afterEach(() => dataSource.destroy());

  const insert = (id: number) =>
    db.transaction((m) => m.query('INSERT INTO item (id) VALUES (?)', [id]).then(() => id));
  const ids = async () =>
    (await dataSource.query<Array<{ id: number }>>('SELECT id FROM item ORDER BY id')).map(
      (row) => row.id,
    );

  it('commits the units queued together once, and answers each after that commit', async () => {
    const answeredAfter: number[] = [];
    const units = Array.from({ length: 20 }, (_, i) =>
      insert(i + 1).then((id) => {
        answeredAfter.push(commits);
        return id;
      }),
    );
    expect(await Promise.all(units)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(commits).toBe(1);
    expect(answeredAfter.every((seen) => seen === 1)).toBe(true);
    expect(await ids()).toHaveLength(20);
  });

  it('rolls a failing unit back to its savepoint, and commits the others of its batch', async () => {
    const failing = db.transaction(async (m) => {
      await m.query('INSERT INTO item (id) VALUES (100)');
      throw new Error('rule broken');
    });
    const results = await Promise.allSettled([insert(1), failing, insert(2)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(commits).toBe(1);
    expect(await ids()).toEqual([1, 2]);
  });

  it('fails every unit of a batch whose commit fails, and keeps none of their writes', async () => {
    const runner = dataSource.createQueryRunner();
    const commit = runner.commitTransaction.bind(runner);
    runner.commitTransaction = () => Promise.reject(new Error('disk full'));
    const results = await Promise.allSettled([insert(1), insert(2)]);
    runner.commitTransaction = commit;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await ids()).toEqual([]);
    // The queue goes on serving.
    await insert(3);
    expect(await ids()).toEqual([3]);
  });

  it('lets a read queued after a write see it, without a transaction for reads alone', async () => {
    const [, seen] = await Promise.all([
      insert(7),
      db.read((m) => m.query<Array<{ id: number }>>('SELECT id FROM item')),
    ]);
    expect(seen).toEqual([{ id: 7 }]);
    const before = commits;
    await db.read((m) => m.query('SELECT 1'));
    expect(commits).toBe(before);
  });
});
