import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachDatabase('conventions of every endpoint (API.md §0)', (database) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
  });
  afterAll(() => t.close());
  const post = (path: string) => t.http.post(path).set('Authorization', `Bearer ${token}`);

  it('echoes a well-formed X-Request-Id', async () => {
    const res = await t.http.get('/health').set('X-Request-Id', 'abc.123:def-4_5');
    expect(res.headers['x-request-id']).toBe('abc.123:def-4_5');
  });

  it('replaces a malformed X-Request-Id with a new one, also on errors', async () => {
    const res = await t.http.get('/api/customers/x').set('X-Request-Id', 'bad id with spaces');
    expect(res.status).toBe(401);
    expect(res.headers['x-request-id']).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    expect(res.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('answers a body over 64 KiB with 413 PAYLOAD_TOO_LARGE in problem+json', async () => {
    const res = await post('/api/customers')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ pad: 'x'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a non-JSON body with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await post('/api/customers').set('Content-Type', 'text/plain').send('hello');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const res = await post('/api/customers')
      .set('Content-Type', 'application/json')
      .send('{"customerType": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it('answers JSON nested deeper than 32 levels with 400 MALFORMED_JSON', async () => {
    const deep = '['.repeat(40) + ']'.repeat(40);
    const res = await post('/api/customers').set('Content-Type', 'application/json').send(deep);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it('accepts JSON nested exactly 32 levels deep as far as the parser goes', async () => {
    const body = individualBody({ email: 'depth@example.com' }) as Record<string, unknown>;
    const res = await post('/api/customers').send(body);
    expect(res.status).toBe(201);
  });

  it('answers an unknown route with 404 NOT_FOUND in problem+json', async () => {
    const res = await t.http.get('/no/such/route');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('never answers 500 to hostile input', async () => {
    const bodies = [
      'null',
      '[]',
      '"text"',
      '42',
      '{"customerType": {"$gt": 1}}',
      '{"__proto__": {"admin": true}}',
      '{"customer": []}',
    ];
    for (const body of bodies) {
      const res = await post('/api/customers').set('Content-Type', 'application/json').send(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
  });

  it('serves /health without a token', async () => {
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, migrations: { status: 'up' } },
    });
  });
});
