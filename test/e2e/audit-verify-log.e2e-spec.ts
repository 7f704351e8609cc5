import { randomUUID } from 'node:crypto';
import {
  EventEntity,
  EventSealer,
  EventStore,
  OPS_STREAM,
  writeCommandLog,
} from '@app/event-store';
import { anEventChain } from '@app/testing';
import { Database } from '@app/persistence';
import { getAs } from '../support/audit-clients.js';
import { insertSealedEvents } from '../support/audit-seeding.js';
import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { tamperer } from '../support/tampering.js';
import { createTestApp } from '../support/test-app.js';

const SEEDED = 1500;

/** Appends SEEDED events to the ops stream as one accepted command: several verify batches. */
async function seedOpsEvents(db: Database, sealer: EventSealer): Promise<void> {
  const metadata = {
    commandName: 'SeedForTest',
    commandId: randomUUID(),
    requestId: 'seed',
    source: 'ops' as const,
    actor: { clientId: 'test' },
  };
  await db.transaction(async (tx) => {
    const head = await new EventStore().readStream(tx, OPS_STREAM);
    const events = anEventChain(OPS_STREAM, SEEDED, { after: head.at(-1)!, metadata });
    await insertSealedEvents(tx, events, sealer);
    const entry = { ...metadata, customerId: null, outcome: 'accepted' as const };
    await writeCommandLog(tx, { ...entry, receivedAt: new Date().toISOString(), durationMs: 0 });
  });
}

describeEachDatabase('verifying the whole log in batches', (database) => {
  it('finds it valid, then names every tampered stream across batches', async () => {
    const t = await createTestApp({ database });
    try {
      const admin = await t.tokenFor();
      for (const customerId of ['whole_1', 'whole_2']) {
        await t.http
          .post('/api/customers')
          .set('Authorization', `Bearer ${admin}`)
          .send(individualBody({ customerId, email: `${customerId}@example.com` }))
          .expect(201);
      }
      await seedOpsEvents(t.app.get(Database), t.app.get(EventSealer));
      const tamper = tamperer(t);
      const n = await tamper.dataSource.getRepository(EventEntity).count();
      const verify = () => getAs(t, admin)('/api/audit/verify');
      expect((await verify()).body).toEqual({ valid: true, streams: 3, events: Number(n) });

      const deep = await tamper.row(OPS_STREAM, 1200);
      await tamper.update(OPS_STREAM, 1200, { data: deep.data.replace('example', 'forged') });
      await tamper.remove('whole_2', 1);
      const res = await verify();
      expect(res.body).toMatchObject({ valid: false, streams: 2, events: Number(n) - 1 });
      expect(res.body.failures).toEqual([
        { streamId: OPS_STREAM, version: 1200, reason: 'hash-mismatch' },
        { streamId: 'whole_2', version: 1, reason: 'missing-version' },
      ]);
    } finally {
      await t.close();
    }
  }, 30_000); // seeds and verifies thousands of events, twice
});
