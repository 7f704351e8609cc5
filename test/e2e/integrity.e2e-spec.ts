import type { DataSource } from 'typeorm';
import { EventStore, verifyStreamChain } from '@app/event-store';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachDatabase('integrity under races and tampering', (database) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
  });
  afterAll(() => t.close());
  const register = (body: object) =>
    t.http.post('/api/customers').set('Authorization', `Bearer ${token}`).send(body);

  it('lets exactly one of 10 racing registrations hold an email', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        register(individualBody({ customerId: `race_${i}`, email: 'Race@Example.com' })),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(9).fill(409)]);
    expect(
      responses.filter((r) => r.status === 409).every((r) => r.body.code === 'CONTACT_IN_USE'),
    ).toBe(true);
    const holders = await t.http
      .get('/api/customers')
      .query({ email: 'race@example.com' })
      .set('Authorization', `Bearer ${token}`);
    expect(holders.body.items).toHaveLength(1);
    const dataSource = t.app.get<DataSource>(DATA_SOURCE);
    const rows = await dataSource.query<Array<{ n: string | number }>>(
      `SELECT COUNT(*) AS n FROM customers WHERE customer_id LIKE 'race_%'`,
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('loses no write when 10 registrations with distinct contacts overlap', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        register(individualBody({ customerId: `many_${i}`, email: `many${i}@example.com` })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array<number>(10).fill(201));
    for (let i = 0; i < 10; i++) {
      const read = await t.http
        .get(`/api/customers/many_${i}`)
        .set('Authorization', `Bearer ${token}`);
      expect(read.status).toBe(200);
    }
  });

  it('serialises 10 concurrent updates of one customer: none lost, no version skipped or repeated', async () => {
    await register(individualBody({ customerId: 'hot_1', email: 'hot@example.com' }));
    const updates = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t.http
          .post('/api/bpm/cmd')
          .set('Authorization', `Bearer ${token}`)
          .send({
            commandName: 'UpdateContactCommand',
            data: { contactEncodedKey: 'hot_1', middleName: `M${i}` },
          }),
      ),
    );
    expect(updates.map((r) => r.status)).toEqual(Array<number>(10).fill(200));
    const versions = updates.map((r) => r.body.data.version as number).sort((a, b) => a - b);
    expect(versions).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const dataSource = t.app.get<DataSource>(DATA_SOURCE);
    const events = await new EventStore().readStream(dataSource.manager, 'hot_1');
    expect(events.map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(verifyStreamChain(events)).toEqual([]);
    const names = events.slice(1).map((e) => (e.data.to as { middleName: string }).middleName);
    expect(new Set(names).size).toBe(10);
  });

  it('detects a tampered stored event by recomputing the chain', async () => {
    await register(individualBody({ customerId: 'tamper_me', email: 'tamper@example.com' }));
    const dataSource = t.app.get<DataSource>(DATA_SOURCE);
    const store = new EventStore();
    const intact = await store.readStream(dataSource.manager, 'tamper_me');
    expect(verifyStreamChain(intact)).toEqual([]);

    const forged = JSON.stringify({ ...intact[0]!.data, reference: 'forged' });
    await dataSource
      .createQueryBuilder()
      .update('events')
      .set({ data: forged })
      .where('stream_id = :id', { id: 'tamper_me' })
      .execute();

    const tampered = await store.readStream(dataSource.manager, 'tamper_me');
    expect(verifyStreamChain(tampered)).toEqual([
      { streamId: 'tamper_me', version: 1, reason: 'hash-mismatch' },
    ]);
  });
});
