import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** History pages and point-in-time views rebuilt from the events (API.md §6.2, §8). */
describeEachDatabase('history pages and point-in-time views', (database) => {
  let t: TestApp;
  let admin: string;
  let registeredAt: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    admin = await t.tokenFor();
    const registered = await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${admin}`)
      .send(individualBody({ customerId: 'tt_1', email: 'first@example.com' }));
    registeredAt = registered.body.updatedAt as string;
    for (const email of ['second@example.com', 'third@example.com']) {
      const res = await t.http
        .post('/api/bpm/cmd')
        .set('Authorization', `Bearer ${admin}`)
        .send({
          commandName: 'UpdateContactCommand',
          data: { contactEncodedKey: 'tt_1', emailAddress: email },
        });
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => t.close());
  const get = (path: string, token = admin) =>
    t.http.get(path).set('Authorization', `Bearer ${token}`);

  it('pages the history oldest first with a cursor', async () => {
    const first = await get('/api/customers/tt_1/history?limit=2');
    expect(first.body.items.map((e: { version: number }) => e.version)).toEqual([1, 2]);
    expect(first.body.nextCursor).toBe('2');
    const second = await get(`/api/customers/tt_1/history?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((e: { type: string }) => e.type)).toEqual(['EmailChanged']);
    expect(second.body.nextCursor).toBeUndefined();
    expect(second.body.items[0].data).toEqual({
      from: 'second@example.com',
      to: 'third@example.com',
    });
  });

  it('links each event to the previous one of its stream', async () => {
    const { body } = await get('/api/customers/tt_1/history');
    const [one, two, three] = body.items as Array<{ hash: string; prevHash: string }>;
    expect(two!.prevHash).toBe(one!.hash);
    expect(three!.prevHash).toBe(two!.hash);
  });

  it('refuses a limit outside 1–500 with 400, and answers 404 for an unknown customer', async () => {
    expect((await get('/api/customers/tt_1/history?limit=0')).status).toBe(400);
    expect((await get('/api/customers/tt_1/history?limit=501')).status).toBe(400);
    expect((await get('/api/customers/nobody/history')).status).toBe(404);
  });

  it('rebuilds the view at a version, with its ETag', async () => {
    const res = await get('/api/customers/tt_1?version=2');
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.body.version).toBe(2);
    expect(res.body.customer.email).toBe('second@example.com');
  });

  it('rebuilds the view as of a time', async () => {
    const res = await get(`/api/customers/tt_1?asOf=${encodeURIComponent(registeredAt)}`);
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(res.body.customer.email).toBe('first@example.com');
  });

  it('masks PII in a point-in-time view without audit:pii, and needs audit:read', async () => {
    const auditor = await t.tokenFor(['customers:read', 'audit:read']);
    const masked = await get('/api/customers/tt_1?version=1', auditor);
    expect(masked.body.customer.email).toBe('f***@example.com');
    const reader = await t.tokenFor(['customers:read']);
    const refused = await get('/api/customers/tt_1?version=1', reader);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });

  it('keeps the current view unmasked for customers:read', async () => {
    const reader = await t.tokenFor(['customers:read']);
    const res = await get('/api/customers/tt_1', reader);
    expect(res.body.customer.email).toBe('third@example.com');
    expect(res.headers.etag).toBe('"3"');
  });
});
