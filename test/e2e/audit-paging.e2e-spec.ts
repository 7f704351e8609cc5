import { randomUUID } from 'node:crypto';
import {
  EventSealer,
  eventHash,
  GENESIS_HASH,
  writeCommandLog,
  type StoredEvent,
} from '@app/event-store';
import { Database } from '@app/persistence';
import { everyPage, getAs, problemFields } from '../support/audit-clients.js';
import { insertSealedEvents } from '../support/audit-seeding.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PER_STREAM = 75;
const DAY = '2026-01-01';
/** Minutes after midnight, shuffled: the log's order and the order of occurrence differ. */
const at = (i: number) =>
  new Date(Date.parse(`${DAY}T00:00:00.000Z`) + ((i * 37) % 150) * 60_000).toISOString();

/** Two streams of PER_STREAM events each, interleaved, of two types and two clients. */
function pagingEvents(): StoredEvent[] {
  const events: StoredEvent[] = [];
  const heads = new Map<string, string>();
  for (let i = 0; i < 2 * PER_STREAM; i++) {
    const streamId = i % 2 === 0 ? 'pg_a' : 'pg_b';
    const content = {
      eventId: randomUUID(),
      streamId,
      version: Math.floor(i / 2) + 1,
      type: i % 3 === 0 ? 'EmailChanged' : 'MobileChanged',
      occurredAt: at(i),
      data: { from: null, to: `p${i}@example.com` },
      metadata: {
        commandName: 'PagingSeed',
        commandId: randomUUID(),
        requestId: `pg-${i}`,
        source: 'api' as const,
        actor: { clientId: i % 4 === 0 ? 'pg_client_1' : 'pg_client_2' },
      },
      prevHash: heads.get(streamId) ?? GENESIS_HASH,
    };
    const hash = eventHash(content);
    heads.set(streamId, hash);
    events.push({ ...content, position: 0, hash });
  }
  return events;
}

async function seed(t: TestApp): Promise<void> {
  const db = t.app.get(Database);
  await db.transaction(async (tx) => {
    await insertSealedEvents(tx, pagingEvents(), t.app.get(EventSealer));
    for (let i = 0; i < 2 * PER_STREAM; i++) {
      await writeCommandLog(tx, {
        commandId: `pg-command-${String(i).padStart(3, '0')}`,
        commandName: 'PagingSeed',
        source: 'api',
        actor: { clientId: 'pg_client_1' },
        customerId: 'pg_a',
        outcome: i % 5 === 0 ? 'rejected' : 'accepted',
        requestId: `pg-command-${i}`,
        receivedAt: at(i),
        durationMs: 1,
      });
    }
  });
}

interface Item {
  position: number;
  streamId: string;
  type: string;
  occurredAt: string;
  metadata: { actor: { clientId: string } };
}

const positions = (items: readonly Item[]) => items.map((e) => e.position);
const inTimeOrder = (items: readonly Item[]) =>
  items.every((e, i) => {
    const before = items[i - 1];
    if (!before) return true;
    return (
      before.occurredAt < e.occurredAt ||
      (before.occurredAt === e.occurredAt && before.position < e.position)
    );
  });

/** Default page size, and every filter followed page after page (API.md §8, §0). */
describeEachDatabase('paging the audit lists', (database) => {
  let t: TestApp;
  let get: ReturnType<typeof getAs>;
  beforeAll(async () => {
    t = await createTestApp({ database });
    get = getAs(t, await t.tokenFor(['audit:read']));
    await seed(t);
  }, 30_000);
  afterAll(() => t.close());

  it('answers 100 items when no limit is asked for, and a cursor to the rest', async () => {
    const first = await get('/api/audit/events', { commandName: 'PagingSeed' });
    expect(first.body.items).toHaveLength(100);
    const rest = await get('/api/audit/events', {
      commandName: 'PagingSeed',
      cursor: first.body.nextCursor,
    });
    expect(rest.body.items).toHaveLength(2 * PER_STREAM - 100);
    expect(rest.body.nextCursor).toBeUndefined();
    const commands = await get('/api/audit/commands', { customerId: 'pg_a' });
    expect(commands.body.items).toHaveLength(100);
    expect(commands.body.nextCursor).toEqual(expect.any(String));
  });

  it.each([
    ['a type', { type: 'EmailChanged' }],
    ['a client', { clientId: 'pg_client_1' }],
    ['a customer and a type', { customerId: 'pg_a', type: 'MobileChanged' }],
    ['a type and a client', { type: 'MobileChanged', clientId: 'pg_client_2' }],
  ])(
    'pages the events of %s with a cursor, in log order, losing and repeating nothing',
    async (_, filter) => {
      const whole = (await get('/api/audit/events', { ...filter, limit: 500 })).body
        .items as Item[];
      const paged = await everyPage<Item>(get, '/api/audit/events', 7, filter);
      expect(whole.length).toBeGreaterThan(14);
      expect(positions(paged)).toEqual(positions(whole));
      expect(positions(paged)).toEqual([...positions(paged)].sort((a, b) => a - b));
    },
  );

  it.each([
    ['a window', { from: `${DAY}T00:30:00.000Z`, to: `${DAY}T02:00:00.000Z` }],
    ['a start', { from: `${DAY}T01:00:00.000Z` }],
    ['an end', { to: `${DAY}T01:00:00.000Z` }],
    ['a type and a window', { type: 'EmailChanged', from: `${DAY}T00:10:00.000Z` }],
    ['a client and a window', { clientId: 'pg_client_2', to: `${DAY}T02:00:00.000Z` }],
  ])('pages the events of %s with a cursor, in the order they occurred', async (_, filter) => {
    const query = { commandName: 'PagingSeed', ...filter };
    const whole = (await get('/api/audit/events', { ...query, limit: 500 })).body.items as Item[];
    const paged = await everyPage<Item>(get, '/api/audit/events', 7, query);
    expect(whole.length).toBeGreaterThan(14);
    expect(positions(paged)).toEqual(positions(whole));
    expect(inTimeOrder(paged)).toBe(true);
    // The seeded times are shuffled: time order is not log order here.
    expect(positions(paged)).not.toEqual([...positions(paged)].sort((a, b) => a - b));
    const bounds = filter as { from?: string; to?: string };
    expect(paged.every((e) => (bounds.from ?? '') <= e.occurredAt)).toBe(true);
    expect(paged.every((e) => e.occurredAt < (bounds.to ?? '~'))).toBe(true);
  });

  it('refuses the cursor of a list in another order', async () => {
    const timed = await get('/api/audit/events', { from: `${DAY}T00:00:00.000Z`, limit: 2 });
    const logged = await get('/api/audit/events', { commandName: 'PagingSeed', limit: 2 });
    const mixed: Array<Record<string, string>> = [
      { commandName: 'PagingSeed', cursor: timed.body.nextCursor as string },
      { from: `${DAY}T00:00:00.000Z`, cursor: logged.body.nextCursor as string },
    ];
    for (const query of mixed) {
      const res = await get('/api/audit/events', query);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(problemFields(res.body)).toEqual(['cursor']);
    }
  });

  it('pages the commands of a filter with a cursor, in arrival order', async () => {
    const filter = { customerId: 'pg_a', outcome: 'accepted', from: `${DAY}T00:20:00.000Z` };
    const whole = (await get('/api/audit/commands', { ...filter, limit: 500 })).body.items;
    const paged = await everyPage<{ commandId: string; receivedAt: string }>(
      get,
      '/api/audit/commands',
      9,
      filter,
    );
    expect(whole.length).toBeGreaterThan(18);
    expect(paged).toEqual(whole);
    const times = paged.map((c) => c.receivedAt);
    expect(times).toEqual([...times].sort());
  });
});
