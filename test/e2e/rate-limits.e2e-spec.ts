import type { DataSource } from 'typeorm';
import { CommandLogEntity } from '@app/event-store';
import type { Response } from 'supertest';
import { individualBody } from '@app/testing';
import { IdempotencyRecordEntity } from '../../apps/api/src/http/idempotency/idempotency-record.entity.js';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { bpmFailure } from '../support/bpm-requests.js';
import { CONDOR_UPDATE, CUSTOMER_UPDATE } from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

/** Small budgets, so that a test reaches each of them with a handful of requests. */
const WRITES = 6;
const TOKENS = 3;
const ATTEMPTS = 4;

/** A refusal: 429 with a Retry-After of at most the one-minute window. */
function expectRefused(res: Response): void {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

/** A new client of `t` with the write scopes and a token; creating it costs the admin one write. */
async function newClient(t: TestApp, admin: string, clientId: string) {
  const created = await t.http
    .post('/api/clients')
    .set('Authorization', `Bearer ${admin}`)
    .send({ clientId, scopes: ['customers:read', 'customers:write'] })
    .expect(201);
  const secret = (created.body as { clientSecret: string }).clientSecret;
  const issued = await t.http.post('/auth/get-token').send({ clientId, clientSecret: secret });
  return { clientId, secret, token: (issued.body as { data: { token: string } }).data.token };
}

describeEachDatabase('the write budget per client (API.md §0, §1)', (database) => {
  let t: TestApp;
  /** Clients made up front: the admin's own writes count against the same small budget. */
  let spent: Awaited<ReturnType<typeof newClient>>;
  let idle: Awaited<ReturnType<typeof newClient>>;
  beforeAll(async () => {
    t = await createTestApp({
      database,
      env: { RATE_LIMIT_WRITES_PER_MINUTE: String(WRITES) },
    });
    const admin = await t.tokenFor();
    spent = await newClient(t, admin, `spent_${database}`);
    idle = await newClient(t, admin, `idle_${database}`);
    // The whole budget, on requests that fail after the guard (an unknown customer).
    for (let i = 0; i < WRITES; i++) {
      await t.http
        .post('/api/bpm/cmd')
        .set('Authorization', `Bearer ${spent.token}`)
        .send({ commandName: 'UpdateContactCommand', data: { contactEncodedKey: 'no', city: 'X' } })
        .expect(404);
    }
  });
  afterAll(() => t.close());

  it('refuses the client on every surface, each in its own format', async () => {
    const bearer = { Authorization: `Bearer ${spent.token}` };
    const bpm = await t.http
      .post('/api/bpm/cmd')
      .set(bearer)
      .send({ commandName: 'UpdateContactCommand', data: { contactEncodedKey: 'x', city: 'Y' } });
    expectRefused(bpm);
    expect(bpm.body).toMatchObject(bpmFailure(429, 'RATE_LIMITED'));

    const connectFi = await t.http
      .post(CUSTOMER_UPDATE)
      .set('x-connectfi-token', spent.token)
      .send({ customerId: 'x', customer: {} });
    expectRefused(connectFi);
    expect(connectFi.body).toEqual({
      code: 'rateLimited',
      message: expect.any(String),
      requestId: connectFi.headers['x-request-id'],
    });

    const condor = await t.http.post(CONDOR_UPDATE).set(bearer).send({ customerId: 'x' });
    expectRefused(condor);
    expect(condor.body).toMatchObject({ code: 'rateLimited' });
    expect(condor.headers.deprecation).toBe('true');

    const wallet = await walletClient(t, spent.token).patch('x', { email: 'x@example.com' });
    expectRefused(wallet);
    expect(wallet.headers['content-type']).toContain('application/problem+json');
    expect(wallet.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });

    const api = await t.http.post('/api/customers').set(bearer).send(individualBody());
    expectRefused(api);
    expect(api.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });

  it('counts per client: another client’s writes and the same client’s reads get through', async () => {
    const write = await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${idle.token}`)
      .send(individualBody());
    expect(write.status).toBe(201);
    const read = await t.http
      .get('/api/customers/nobody')
      .set('Authorization', `Bearer ${spent.token}`);
    expect(read.status).toBe(404);
  });

  it('keeps no idempotency record and logs no command for a refused request', async () => {
    const idempotencyKey = `refused-${database}`;
    const refused = await t.http
      .post('/api/bpm/cmd')
      .set({ Authorization: `Bearer ${spent.token}`, 'Idempotency-Key': idempotencyKey })
      .send({ commandName: 'UpdateContactCommand', data: { contactEncodedKey: 'x', city: 7 } });
    expectRefused(refused);
    const dataSource = t.app.get<DataSource>(DATA_SOURCE);
    const records = await dataSource
      .getRepository(IdempotencyRecordEntity)
      .countBy({ idempotencyKey });
    expect(records).toBe(0);
    const logged = await dataSource
      .getRepository(CommandLogEntity)
      .countBy({ requestId: String(refused.headers['x-request-id']) });
    expect(logged).toBe(0);
  });
});

describeEachDatabase('the budgets against guessing (API.md §0, §2, §5.2)', (database) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({
      database,
      env: {
        RATE_LIMIT_TOKENS_PER_MINUTE: String(TOKENS),
        RATE_LIMIT_ATTEMPTS_PER_MINUTE: String(ATTEMPTS),
      },
    });
    admin = await t.tokenFor();
  });
  afterAll(() => t.close());

  it('limits token requests per client id, so a secret cannot be guessed at speed', async () => {
    const { clientId, secret } = await newClient(t, admin, `guessed_${database}`);
    // newClient asked for one token; the budget holds TOKENS requests, right or wrong.
    for (let i = 1; i < TOKENS; i++) {
      const wrong = await t.http.post('/auth/get-token').send({ clientId, clientSecret: 'guess' });
      expect(wrong.status).toBe(401);
    }
    const refused = await t.http.post('/auth/get-token').send({ clientId, clientSecret: secret });
    expectRefused(refused);
    expect(refused.body).toEqual({
      code: 'rateLimited',
      message: expect.any(String),
      requestId: refused.headers['x-request-id'],
    });
    const otherClient = await newClient(t, admin, `unguessed_${database}`);
    expect(otherClient.token).toEqual(expect.any(String));
  });

  it('limits verification attempts per customer, across its verifications', async () => {
    const customerId = `attempts_${database}`;
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${admin}`)
      .send(individualBody({ customerId, email: `${customerId}@example.com` }))
      .expect(201);
    const wallet = walletClient(t, admin);
    const attempt = async (i: number) => {
      // A new verification each time: its own limit of five tries is not what stops these.
      const started = await wallet.initiate(customerId, 'email', `new.${i}@example.com`);
      expect(started.status).toBe(201);
      return wallet.attempt(
        customerId,
        (started.body as { verificationId: string }).verificationId,
        '000000',
      );
    };
    for (let i = 0; i < ATTEMPTS; i++) {
      const res = await attempt(i);
      expect(res.body).toMatchObject({ code: 'VERIFICATION_CODE_MISMATCH' });
    }
    const refused = await attempt(ATTEMPTS);
    expectRefused(refused);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });
});
