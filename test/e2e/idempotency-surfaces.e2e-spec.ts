import type { DataSource } from 'typeorm';
import { individualBody } from '@app/testing';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { IdempotencyStore } from '../../apps/api/src/http/idempotency/idempotency.store.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachDatabase('Idempotency-Key on every surface', (database) => {
  let t: TestApp;
  let token: string;
  let registerIndividual: IndividualRegistrar;
  let keys = 0;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    registerIndividual = individualRegistrar(t, token, 'idem_surface');
  });
  afterAll(() => t.close());
  const key = () => `surface-key-${++keys}`;
  const twice = async (
    send: (
      headers: Record<string, string>,
    ) => Promise<{ status: number; text: string; headers: Record<string, string> }>,
  ) => {
    const headers = { 'Idempotency-Key': key(), 'X-Request-Id': `first-${keys}` };
    const first = await send(headers);
    const again = await send({ ...headers, 'X-Request-Id': `again-${keys}` });
    return { first, again };
  };

  it('connectFi: the replay carries the first request’s requestId in its body, the new one in its header', async () => {
    const customerId = await registerIndividual();
    const { first, again } = await twice((headers) =>
      t.http
        .post('/customer/update')
        .set({ 'x-connectfi-token': token, ...headers })
        .send({ customerId, customer: { email: `${customerId}.cf@example.com` } }),
    );
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(JSON.parse(again.text)).toMatchObject({ code: '0', requestId: `first-${keys}` });
    expect(again.headers['x-request-id']).toBe(`again-${keys}`);
  });

  it('condor: the replay keeps the deprecation headers', async () => {
    const customerId = await registerIndividual();
    const { first, again } = await twice((headers) =>
      t.http
        .post('/condor/customer/update')
        .set({ 'x-connectfi-token': token, ...headers })
        .send({ customerId, firstName: 'Replayed' }),
    );
    expect(first.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.headers).toMatchObject({ deprecation: 'true', 'idempotent-replayed': 'true' });
  });

  it('wallet and BPM: the replay is the first answer, ETag included', async () => {
    const customerId = await registerIndividual();
    const wallet = await twice((headers) =>
      t.http
        .patch(`/v2/customer-persons/${customerId}/contact-info`)
        .set({ Authorization: `Bearer ${token}`, ...headers })
        .send({ email: `${customerId}.w@example.com` }),
    );
    expect([wallet.first.status, wallet.again.text]).toEqual([200, wallet.first.text]);
    expect(wallet.again.headers.etag).toBe('"2"');
    const bpm = await twice((headers) =>
      t.http
        .post('/api/bpm/cmd')
        .set({ Authorization: `Bearer ${token}`, ...headers })
        .send({
          commandName: 'UpdateContactCommand',
          data: { contactEncodedKey: customerId, city: 'Kano' },
        }),
    );
    expect([bpm.first.status, bpm.again.text]).toEqual([200, bpm.first.text]);
    expect(bpm.again.headers.etag).toBe('"3"');
  });

  it('client creation: the one-time secret is answered again, and not readable in the database', async () => {
    const { first, again } = await twice((headers) =>
      t.http
        .post('/api/clients')
        .set({ Authorization: `Bearer ${token}`, ...headers })
        .send({ clientId: `idem_client_${keys}`, scopes: ['customers:read'] }),
    );
    expect(first.status).toBe(201);
    expect(again.text).toBe(first.text);
    const { clientSecret } = JSON.parse(first.text) as { clientSecret: string };
    const rows = await t.app
      .get<DataSource>(DATA_SOURCE)
      .query<Array<{ response: string }>>('SELECT response FROM idempotency_records');
    expect(rows.some((row) => row.response.includes(clientSecret))).toBe(false);
  });

  it('records the answer in the command’s own transaction: if the record fails, nothing commits', async () => {
    const store = t.app.get(IdempotencyStore);
    const complete = store.complete.bind(store);
    store.complete = (...args) =>
      args[3] ? Promise.reject(new Error('disk full')) : complete(...args);
    try {
      const body = {
        ...individualBody({ email: 'atomic@example.com' }),
        customerId: 'idem_atomic',
      };
      const res = await t.http
        .post('/api/customers')
        .set({ Authorization: `Bearer ${token}`, 'Idempotency-Key': key() })
        .send(body);
      expect(res.status).toBe(500);
      const read = await t.http
        .get('/api/customers/idem_atomic')
        .set('Authorization', `Bearer ${token}`);
      expect(read.status).toBe(404);
    } finally {
      store.complete = complete;
    }
  });
});
