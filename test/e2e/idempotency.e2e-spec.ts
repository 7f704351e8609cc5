import type { DataSource } from 'typeorm';
import { individualBody } from '@app/testing';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { IdempotencyStore } from '../../apps/api/src/http/idempotency/idempotency.store.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachDatabase('Idempotency-Key (API.md §0)', (database) => {
  let t: TestApp;
  let token: string;
  let registerIndividual: IndividualRegistrar;
  let keys = 0;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    registerIndividual = individualRegistrar(t, token, 'idem');
  });
  afterAll(() => t.close());
  const key = () => `key-${++keys}-${database}`;
  const dataSource = () => t.app.get<DataSource>(DATA_SOURCE);
  const count = async (table: string) =>
    Number(
      (await dataSource().query<Array<{ n: string }>>(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n,
    );
  const register = (body: object, idempotencyKey: string, bearer = token) =>
    t.http
      .post('/api/customers')
      .set({ Authorization: `Bearer ${bearer}`, 'Idempotency-Key': idempotencyKey })
      .send(body);

  it('answers a repeated request with the first answer, byte for byte, and writes nothing', async () => {
    const idempotencyKey = key();
    const body = individualBody({ email: 'once@example.com' });
    const first = await register(body, idempotencyKey);
    expect(first.status).toBe(201);
    const [events, customers] = [await count('events'), await count('customers')];
    const again = await register(body, idempotencyKey);
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(again.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers.location).toBe(first.headers.location);
    expect([await count('events'), await count('customers')]).toEqual([events, customers]);
  });

  it('refuses the key for another request: another body, another path or another method', async () => {
    const idempotencyKey = key();
    await register(individualBody({ email: 'first.body@example.com' }), idempotencyKey).expect(201);
    const otherBody = await register(
      individualBody({ email: 'second.body@example.com' }),
      idempotencyKey,
    );
    expect(otherBody.status).toBe(422);
    expect(otherBody.headers['content-type']).toContain('application/problem+json');
    expect(otherBody.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
    const otherPath = await t.http
      .post('/api/bpm/cmd')
      .set({ Authorization: `Bearer ${token}`, 'Idempotency-Key': idempotencyKey })
      .send({ commandName: 'UpdateContactCommand', data: { contactEncodedKey: 'x', city: 'Y' } });
    expect(otherPath.status).toBe(422);
    expect(otherPath.body).toMatchObject({ statusCode: 'CBS_422', code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('refuses the key while its first request still runs with 409 and Retry-After', async () => {
    const idempotencyKey = key();
    const body = individualBody({ email: 'in.flight@example.com' });
    const store = t.app.get(IdempotencyStore);
    const begin = store.begin.bind(store);
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first request claims the key, then waits here until the second one has been answered.
    store.begin = async (...args) => {
      const verdict = await begin(...args);
      if (verdict.kind === 'begun') {
        started();
        await held;
      }
      return verdict;
    };
    try {
      const first = register(body, idempotencyKey);
      const firstAnswer = first.then((res) => res);
      await firstStarted;
      const second = await register(body, idempotencyKey);
      expect(second.status).toBe(409);
      expect(second.headers['retry-after']).toBe('1');
      expect(second.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
      release();
      expect((await firstAnswer).status).toBe(201);
    } finally {
      store.begin = begin;
    }
  });

  it('keeps refusals of a command (404, 409) and replays them, but not a validation failure', async () => {
    const idempotencyKey = key();
    const bpm = (data: object) =>
      t.http
        .post('/api/bpm/cmd')
        .set({ Authorization: `Bearer ${token}`, 'Idempotency-Key': idempotencyKey })
        .send({ commandName: 'UpdateContactCommand', data });
    const invalid = await bpm({ contactEncodedKey: 'nobody_here', city: 7 });
    expect(invalid.status).toBe(400);
    // Not kept: the corrected request under the same key runs.
    const missing = await bpm({ contactEncodedKey: 'nobody_here', city: 'Abuja' });
    expect(missing.status).toBe(404);
    const replayed = await bpm({ contactEncodedKey: 'nobody_here', city: 'Abuja' });
    expect(replayed.status).toBe(404);
    expect(replayed.text).toBe(missing.text);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
  });

  it('refuses a key that is not 1–255 printable ASCII characters in the surface’s format', async () => {
    for (const bad of ['x'.repeat(256), 'clé', 'tab\there']) {
      const res = await t.http
        .post('/api/bpm/cmd')
        .set({ Authorization: `Bearer ${token}`, 'Idempotency-Key': bad })
        .send({ commandName: 'UpdateContactCommand', data: { contactEncodedKey: 'x', city: 'Y' } });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        statusCode: 'CBS_400',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'Idempotency-Key' }],
      });
    }
  });

  it('scopes a key to its client: another client’s same key is another request', async () => {
    const idempotencyKey = key();
    const other = await t.tokenFor(['customers:write']);
    const mine = await register(individualBody({ email: 'scope.a@example.com' }), idempotencyKey);
    const theirs = await register(
      individualBody({ email: 'scope.b@example.com' }),
      idempotencyKey,
      other,
    );
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('counts a wrong verification code once, however often the request is repeated', async () => {
    const customerId = await registerIndividual();
    const wallet = (path: string, body: object, idempotencyKey?: string) =>
      t.http
        .post(`/v2/customer-persons/${customerId}/verifications${path}`)
        .set({
          Authorization: `Bearer ${token}`,
          ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
        })
        .send(body);
    const started = await wallet('', {
      flow: 'WALLET_UPDATE',
      attribute: 'email',
      value: `${customerId}.n@example.com`,
    });
    const { verificationId } = started.body as { verificationId: string };
    const idempotencyKey = key();
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(await wallet(`/${verificationId}/attempts`, { code: '999999' }, idempotencyKey));
    expect(answers.map((r) => [r.status, r.body.attemptsRemaining as number])).toEqual([
      [422, 4],
      [422, 4],
      [422, 4],
    ]);
    const state = await t.http
      .get(`/v2/customer-persons/${customerId}/verifications/${verificationId}`)
      .set('Authorization', `Bearer ${token}`);
    expect(state.body.attemptsRemaining).toBe(4);
  });

  it('keeps a record 24 h: an expired one is purged and the key starts afresh', async () => {
    const idempotencyKey = key();
    await register(individualBody({ email: 'expires@example.com' }), idempotencyKey).expect(201);
    await dataSource()
      .getRepository('IdempotencyRecord')
      .update({ idempotencyKey }, { expiresAt: '2000-01-01T00:00:00.000Z' });
    expect(await t.app.get(IdempotencyStore).purgeExpired()).toBeGreaterThanOrEqual(1);
    expect(await dataSource().getRepository('IdempotencyRecord').countBy({ idempotencyKey })).toBe(
      0,
    );
  });
});
