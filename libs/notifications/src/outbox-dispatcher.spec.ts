import type { DataSource } from 'typeorm';
import { Database, openDataSource, type Work } from '@app/persistence';
import { FixedClock } from '@app/testing';
import type { NewNotification, Notification } from './notification.js';
import { TypeOrmOutbox } from './outbox.js';
import { OutboxEntity, type OutboxRow } from './outbox.entity.js';
import { OutboxDispatcher, type DispatcherOptions } from './outbox-dispatcher.js';
import type { NotificationSink } from './sinks/notification-sink.js';
import { NOTIFICATION_ENTITIES } from './index.js';

const PACE: DispatcherOptions = {
  leaseMs: 60_000,
  pollMs: 1_000,
  batchSize: 20,
  retryBaseMs: 1_000,
  maxRetryMs: 300_000,
  sendTimeoutMs: 10_000,
};

const aMessage = (n: number): NewNotification => ({
  kind: 'verification-code',
  channel: 'email',
  to: `to.${n}@example.com`,
  customerId: `cust_${n}`,
  verificationId: `ver_${n}`,
  code: '123456',
});

/** A sink that runs `during` while a message is in flight; it throws what `during` throws. */
function sinkDoing(during: (message: Notification, signal: AbortSignal) => Promise<void>) {
  const sent: string[] = [];
  const sink: NotificationSink = {
    async deliver(message, signal) {
      sent.push(message.messageId);
      await during(message, signal);
    },
  };
  return { sink, sent };
}

describe('OutboxDispatcher (on an in-memory SQLite outbox)', () => {
  let dataSource: DataSource;
  let db: Database;
  let clock: FixedClock;
  const rows = () =>
    db.read((m) => m.getRepository(OutboxEntity).find({ order: { createdAt: 'ASC' } }));
  const rowOf = async (messageId: string): Promise<OutboxRow> =>
    (await rows()).find((row) => row.messageId === messageId)!;
  async function queue(count: number): Promise<void> {
    for (let n = 1; n <= count; n++) {
      await db.transaction((tx) => new TypeOrmOutbox(clock).add(tx, [aMessage(n)]));
      clock.advance(1);
    }
  }

  beforeEach(async () => {
    dataSource = await openDataSource(
      { kind: 'sqlite', path: ':memory:' },
      { entities: NOTIFICATION_ENTITIES },
    );
    db = new Database(dataSource);
    clock = new FixedClock();
  });
  afterEach(() => dataSource.destroy());

  it('never has one message in flight on two instances while a slow webhook outlasts a batch', async () => {
    await queue(20);
    const inFlight = new Set<string>();
    const overlaps: string[] = [];
    const track = async (message: Notification, work: () => Promise<void>) => {
      if (inFlight.has(message.messageId)) overlaps.push(message.messageId);
      inFlight.add(message.messageId);
      await work().finally(() => inFlight.delete(message.messageId));
    };
    const fast = sinkDoing((message) => track(message, () => Promise.resolve()));
    const other = new OutboxDispatcher(db, fast.sink, clock, PACE);
    // Every send of this instance takes the longest time a send may take; while it is on the
    // wire, the other instance looks for messages whose lease is over and sends them.
    const slow = sinkDoing((message) =>
      track(message, async () => {
        clock.advance(PACE.sendTimeoutMs);
        await other.deliverDue();
      }),
    );
    await new OutboxDispatcher(db, slow.sink, clock, PACE).deliverDue();

    expect(overlaps).toEqual([]);
    const stored = await rows();
    expect(stored.every((row) => row.sentAt !== null)).toBe(true);
    expect([...slow.sent, ...fast.sent].sort()).toEqual(stored.map((r) => r.messageId).sort());
    // The tail it handed back unsent was not counted as an attempt.
    expect(stored.map((row) => row.attempts)).toEqual(Array(20).fill(1));
  });

  it('cuts a send at a third of a short lease and schedules it again', async () => {
    await queue(1);
    const pace = { ...PACE, leaseMs: 300 };
    const hanging = sinkDoing(
      (_message, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new Error('timed out')));
        }),
    );
    const started = Date.now();
    await new OutboxDispatcher(db, hanging.sink, clock, pace).deliverDue();
    expect(Date.now() - started).toBeLessThan(pace.leaseMs);
    const [row] = await rows();
    expect(row).toMatchObject({ sentAt: null, claimedUntil: null, attempts: 1 });
    expect(Date.parse(row!.nextAttemptAt)).toBeGreaterThan(Date.parse(clock.now()));
  });

  it('retries a failing delivery with an exponentially growing, capped, jittered delay', async () => {
    await queue(1);
    const failing = sinkDoing(() => Promise.reject(new Error('webhook answered 503')));
    const dispatcher = new OutboxDispatcher(db, failing.sink, clock, PACE);
    const [{ messageId }] = (await rows()) as [OutboxRow];
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 11; attempt++) {
      clock.set((await rowOf(messageId)).nextAttemptAt);
      await dispatcher.deliverDue();
      delays.push(Date.parse((await rowOf(messageId)).nextAttemptAt) - Date.parse(clock.now()));
    }
    expect(failing.sent).toHaveLength(11);
    const ceilings = [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300].map((s) => s * 1000);
    delays.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(ceilings[i]! / 2);
      expect(delay).toBeLessThanOrEqual(ceilings[i]!);
    });
    expect((await rowOf(messageId)).attempts).toBe(11);
  });

  it('takes a short batch as all that was due: one claim, then a mark per message', async () => {
    await queue(3);
    const statements: string[] = [];
    // The same database, each single statement counted on its way.
    const counting = Object.assign(Object.create(db) as Database, {
      statement: <T>(work: Work<T>) => {
        statements.push('statement');
        return db.statement(work);
      },
    });
    const fast = sinkDoing(() => Promise.resolve());
    await new OutboxDispatcher(counting, fast.sink, clock, PACE).deliverDue();
    expect(fast.sent).toHaveLength(3);
    expect(statements).toHaveLength(1 + 3);
    expect((await rows()).every((row) => row.sentAt !== null)).toBe(true);
  });
});
