import { DataSource } from 'typeorm';
import { portableQuery } from './portable-sql.js';

describe('portableQuery on SQLite', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('binds numbered placeholders in order of appearance, a reused one each time', async () => {
    const rows = await portableQuery<Array<{ a: string; b: number; c: string }>>(
      dataSource.manager,
      'SELECT $2 AS a, $1 AS b, $2 AS c',
      [7, 'x'],
    );
    expect(rows).toEqual([{ a: 'x', b: 7, c: 'x' }]);
  });
});
