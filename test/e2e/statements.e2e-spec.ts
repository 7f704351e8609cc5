import { Database, portableQuery, runStatement, uniqueViolationTable } from '@app/persistence';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The write path's hot statements (issue "Performance"): what they answer, on both databases. */
describeEachDatabase('hot statements (runStatement)', (database) => {
  let t: TestApp;
  let db: Database;
  beforeAll(async () => {
    t = await createTestApp({ database });
    db = t.app.get(Database);
  });
  afterAll(() => t.close());

  const claim = (key: string, customerId: string) =>
    `INSERT INTO contact_claims (contact_key, kind, value, customer_id, status, claimed_at)
     VALUES ('${key}', 'email', 'v', '${customerId}', 'active', 'now')`;

  it('binds numbered placeholders, a reused one each time', async () => {
    const rows = await db.read((m) =>
      portableQuery<{ a: string; b: string }>(m, 'SELECT $2 AS a, $1 AS b, $2 AS c', ['7', 'x']),
    );
    expect(rows).toEqual([{ a: 'x', b: '7', c: 'x' }]);
  });

  it('counts the rows an UPDATE changed, and those a RETURNING gave back', async () => {
    await db.transaction((tx) => tx.query(claim('email:one@example.com', 'c1')));
    const updated = await db.transaction((tx) =>
      runStatement(tx, 'UPDATE contact_claims SET status = $1 WHERE contact_key = $2', [
        'removed',
        'email:one@example.com',
      ]),
    );
    expect(updated.affected).toBe(1);
    const none = await db.transaction((tx) =>
      runStatement(tx, 'UPDATE contact_claims SET status = $1 WHERE contact_key = $2', [
        'removed',
        'email:nobody@example.com',
      ]),
    );
    expect(none.affected).toBe(0);
    const returned = await db.transaction((tx) =>
      runStatement<{ customer_id: string }>(
        tx,
        'DELETE FROM contact_claims WHERE contact_key = $1 RETURNING customer_id',
        ['email:one@example.com'],
      ),
    );
    expect(returned).toEqual({ rows: [{ customer_id: 'c1' }], affected: 1 });
  });

  it('reports a unique violation as the table it happened on', async () => {
    await db.transaction((tx) => tx.query(claim('email:two@example.com', 'c1')));
    const failure = await db
      .transaction((tx) =>
        runStatement(
          tx,
          `INSERT INTO contact_claims (contact_key, kind, value, customer_id, status, claimed_at)
           VALUES ($1, 'email', 'v', $2, 'active', 'now')`,
          ['email:two@example.com', 'c2'],
        ),
      )
      .catch((error: unknown) => error);
    expect(uniqueViolationTable(failure)).toBe('contact_claims');
  });

  if (database === 'postgres') {
    it('prepares each statement once per connection, by a name its text gives', async () => {
      const sql = 'SELECT customer_id FROM contact_claims WHERE contact_key = $1';
      const prepared = await db.transaction(async (tx) => {
        await runStatement(tx, sql, ['email:two@example.com']);
        await runStatement(tx, sql, ['email:three@example.com']);
        return tx.query<Array<{ name: string; statement: string }>>(
          "SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%contact_key = $1'",
        );
      });
      expect(prepared).toEqual([
        { name: expect.stringMatching(/^cct_[0-9a-f]{24}$/), statement: sql },
      ]);
    });
  }
});
