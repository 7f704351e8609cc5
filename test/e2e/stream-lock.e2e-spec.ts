import { Database, runStatement } from '@app/persistence';
import { bpmSender } from '../support/bpm-requests.js';
import { individualRegistrar } from '../support/customers.js';
import { POSTGRES_ADMIN_URL } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const describePostgres = POSTGRES_ADMIN_URL ? describe : describe.skip;

/** A promise with its resolve handle, to hold a transaction open until the test lets it go. */
function gate(): { readonly opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describePostgres('stream locks on PostgreSQL (Database.lockStream)', () => {
  let t: TestApp;
  let db: Database;
  beforeAll(async () => {
    t = await createTestApp({ database: 'postgres' });
    db = t.app.get(Database);
  });
  afterAll(() => t.close());

  /**
   * Resolves once some transaction waits for an advisory lock, or for a row another transaction
   * holds (polls pg_locks; no fixed sleep).
   */
  async function someoneWaits(locktype: 'advisory' | 'transactionid' = 'advisory'): Promise<void> {
    for (;;) {
      const rows = await db.read((m) =>
        m.query<Array<{ n: string }>>(
          'SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = $1 AND NOT granted',
          [locktype],
        ),
      );
      if (Number(rows[0]?.n) > 0) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Holds `streamId`'s lock in a transaction until the returned gate opens. */
  async function holdLock(streamId: string, order: string[]) {
    const release = gate();
    const locked = gate();
    const done = db.transaction(async (tx) => {
      await db.lockStream(tx, streamId);
      locked.open();
      await release.opened;
      order.push(`first commits ${streamId}`);
    });
    await locked.opened;
    return { release: release.open, done };
  }

  it('makes a second writer of the same stream wait until the first commits', async () => {
    const order: string[] = [];
    const first = await holdLock('cust_lock_a', order);
    const second = db.transaction(async (tx) => {
      await db.lockStream(tx, 'cust_lock_a');
      order.push('second enters cust_lock_a');
    });
    await someoneWaits();
    expect(order).toEqual([]);
    first.release();
    await Promise.all([first.done, second]);
    expect(order).toEqual(['first commits cust_lock_a', 'second enters cust_lock_a']);
  });

  it('lets writers of different streams run at the same time', async () => {
    const order: string[] = [];
    const first = await holdLock('cust_lock_b', order);
    await db.transaction(async (tx) => {
      await db.lockStream(tx, 'cust_lock_c');
      order.push('other stream enters');
    });
    first.release();
    await first.done;
    expect(order).toEqual(['other stream enters', 'first commits cust_lock_b']);
  });

  it("makes a customer's command wait while another transaction holds the customer's row", async () => {
    const token = await t.tokenFor();
    const customerId = await individualRegistrar(t, token, 'row_lock')();
    const order: string[] = [];
    const release = gate();
    const locked = gate();
    const holder = db.transaction(async (tx) => {
      await runStatement(tx, 'SELECT version FROM customers WHERE customer_id = $1 FOR UPDATE', [
        customerId,
      ]);
      locked.open();
      await release.opened;
      order.push('holder commits');
    });
    await locked.opened;
    const update = bpmSender(t, token)('UpdateContactCommand', {
      contactEncodedKey: customerId,
      address: '1 Waiting Street',
    }).then((response) => {
      order.push(`update answers ${response.status}`);
      return response;
    });
    await someoneWaits('transactionid');
    expect(order).toEqual([]);
    release.open();
    await holder;
    expect((await update).body).toMatchObject({ statusCode: '00', data: { version: 2 } });
    expect(order).toEqual(['holder commits', 'update answers 200']);
  });
});
