import { decodeJwt, UnsecuredJWT } from 'jose';
import { aToken } from '@app/testing';
import { EventStore, OPS_STREAM } from '@app/event-store';
import { Database } from '@app/persistence';
import { describeEachDatabase } from '../support/databases.js';
import {
  ADMIN_CLIENT,
  createTestApp,
  TEST_SIGNING_SECRET,
  type TestApp,
} from '../support/test-app.js';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A token for the admin signed with the key test-app configures: accepted unless `claims` spoil it. */
function forge(claims: Record<string, unknown>): Promise<string> {
  return aToken(TEST_SIGNING_SECRET, {
    claims: { sub: ADMIN_CLIENT.clientId, scope: 'clients:admin', ...claims },
  });
}

describeEachDatabase('authentication and client administration', (database) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    admin = await t.tokenFor();
  });
  afterAll(() => t.close());
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  const getToken = (clientId: string, clientSecret: string) =>
    t.http.post('/auth/get-token').send({ clientId, clientSecret });
  /** Creates a client of the test's own (201 or the test fails) and returns its one-time secret. */
  const createClient = async (clientId: string, scopes: readonly string[]): Promise<string> => {
    const res = await t.http
      .post('/api/clients')
      .set(bearer(admin))
      .send({ clientId, scopes })
      .expect(201);
    return res.body.clientSecret as string;
  };

  describe('POST /auth/get-token', () => {
    it('answers 200 with the token in the connectFi envelope and the request id', async () => {
      const res = await t.http
        .post('/auth/get-token')
        .set('X-Request-Id', 'req-auth-1')
        .send(ADMIN_CLIENT);
      expect(res.status).toBe(200);
      expect(res.headers['x-request-id']).toBe('req-auth-1');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        code: '0',
        data: {
          token: expect.any(String),
          tokenType: 'Bearer',
          expiresIn: 3600,
          scopes: expect.arrayContaining(['clients:admin', 'customers:write']),
        },
        requestId: 'req-auth-1',
      });
      expect(decodeJwt(res.body.data.token)).toMatchObject({ sub: ADMIN_CLIENT.clientId });
    });

    it('answers an unknown client and a wrong secret with the same 401 body', async () => {
      const unknown = await t.http
        .post('/auth/get-token')
        .set('X-Request-Id', 'same')
        .send({ clientId: 'nobody', clientSecret: ADMIN_CLIENT.clientSecret });
      const wrong = await t.http
        .post('/auth/get-token')
        .set('X-Request-Id', 'same')
        .send({ clientId: ADMIN_CLIENT.clientId, clientSecret: 'wrong-secret' });
      expect(unknown.status).toBe(401);
      expect(wrong.status).toBe(401);
      expect(unknown.body).toEqual({
        code: 'unauthorized',
        message: expect.any(String),
        requestId: 'same',
      });
      expect(wrong.body).toEqual(unknown.body);
    });

    it('refuses a body without a secret with 400 in the connectFi format', async () => {
      const res = await t.http.post('/auth/get-token').send({ clientId: ADMIN_CLIENT.clientId });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        code: 'requestValidateError',
        requestId: expect.any(String),
      });
    });
  });

  describe('the guard', () => {
    it('lets a valid token with the scope through', async () => {
      const res = await t.http.get('/api/clients').set(bearer(admin));
      expect(res.status).toBe(200);
    });

    it('accepts a token it signed itself (so the forged tokens below fail for their own reason)', async () => {
      expect((await t.http.get('/api/clients').set(bearer(await forge({})))).status).toBe(200);
    });

    it.each([
      ['no token', {}],
      ['another scheme', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['garbage', { Authorization: 'Bearer not.a.jwt' }],
    ])(
      'answers %s with 401 UNAUTHENTICATED problem+json',
      async (_case, headers: Record<string, string>) => {
        const res = await t.http.get('/api/clients').set(headers);
        expect(res.status).toBe(401);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
      },
    );

    it('refuses an alg:none token with 401', async () => {
      const token = new UnsecuredJWT({ scope: 'clients:admin' })
        .setSubject(ADMIN_CLIENT.clientId)
        .setIssuedAt()
        .setExpirationTime('10m')
        .encode();
      const res = await t.http.get('/api/clients').set(bearer(token));
      expect(res.status).toBe(401);
    });

    it('refuses an expired token with 401', async () => {
      const token = await forge({ iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 });
      const res = await t.http.get('/api/clients').set(bearer(token));
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'Token expired' });
    });

    it('refuses a token lacking the scope with 403 FORBIDDEN', async () => {
      const reader = await t.tokenFor(['customers:read']);
      const res = await t.http.get('/api/clients').set(bearer(reader));
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    });

    it('ignores x-connectfi-token outside the connectFi routes', async () => {
      const res = await t.http.get('/api/clients').set('x-connectfi-token', admin);
      expect(res.status).toBe(401);
    });
  });

  describe('/api/clients', () => {
    it('creates a client whose secret, shown once, works for get-token', async () => {
      const res = await t.http
        .post('/api/clients')
        .set(bearer(admin))
        .send({ clientId: 'partner_a', scopes: ['customers:read', 'audit:read'] });
      expect(res.status).toBe(201);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual({
        clientId: 'partner_a',
        clientSecret: expect.any(String),
        scopes: ['customers:read', 'audit:read'],
      });
      const token = await getToken('partner_a', res.body.clientSecret);
      expect(token.status).toBe(200);
      expect(token.body.data.scopes).toEqual(['customers:read', 'audit:read']);
    });

    it('lists clients without secrets', async () => {
      const secret = await createClient('partner_listed', ['customers:read', 'audit:read']);
      const res = await t.http.get('/api/clients').set(bearer(admin));
      expect(res.status).toBe(200);
      const partner = res.body.items.find(
        (c: { clientId: string }) => c.clientId === 'partner_listed',
      );
      expect(partner).toEqual({
        clientId: 'partner_listed',
        scopes: ['customers:read', 'audit:read'],
        disabled: false,
        createdAt: expect.stringMatching(ISO),
      });
      expect(JSON.stringify(res.body)).not.toMatch(/secret|scrypt/i);
      expect(JSON.stringify(res.body)).not.toContain(secret);
    });

    it('refuses an existing id with 409 CLIENT_ALREADY_EXISTS', async () => {
      await createClient('partner_taken', ['customers:read']);
      const res = await t.http
        .post('/api/clients')
        .set(bearer(admin))
        .send({ clientId: 'partner_taken', scopes: [] });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'CLIENT_ALREADY_EXISTS' });
    });

    it('refuses a bad id and an unknown scope with 400, listing both', async () => {
      const res = await t.http
        .post('/api/clients')
        .set(bearer(admin))
        .send({ clientId: 'bad id!', scopes: ['root'] });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const fields = (res.body.errors as { field: string }[]).map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['clientId', 'scopes']));
    });

    it('disables a client: 200, its secret and its existing tokens stop working', async () => {
      const created = await t.http
        .post('/api/clients')
        .set(bearer(admin))
        .send({ clientId: 'partner_b', scopes: ['clients:admin'] });
      const token = (await getToken('partner_b', created.body.clientSecret)).body.data
        .token as string;
      expect((await t.http.get('/api/clients').set(bearer(token))).status).toBe(200);

      const res = await t.http.post('/api/clients/partner_b/disable').set(bearer(admin));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        clientId: 'partner_b',
        disabled: true,
        disabledAt: expect.stringMatching(ISO),
      });
      expect((await t.http.get('/api/clients').set(bearer(token))).status).toBe(401);
      expect((await getToken('partner_b', created.body.clientSecret)).status).toBe(401);
      const listed = (await t.http.get('/api/clients').set(bearer(admin))).body.items;
      expect(listed).toContainEqual(
        expect.objectContaining({ clientId: 'partner_b', disabled: true }),
      );
    });

    it('disables the client behind a tokenFor token, whose token then fails', async () => {
      const token = await t.tokenFor(['customers:read', 'clients:admin']);
      const { sub } = decodeJwt(token);
      await t.http.post(`/api/clients/${sub}/disable`).set(bearer(admin)).expect(200);
      expect((await t.http.get('/api/clients').set(bearer(token))).status).toBe(401);
    });

    it('answers an unknown client with 404 CLIENT_NOT_FOUND', async () => {
      const res = await t.http.post('/api/clients/nobody/disable').set(bearer(admin));
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'CLIENT_NOT_FOUND' });
    });

    it('audits every change on stream ops, never with a secret, gap-free under concurrency', async () => {
      const auditedSecret = await createClient('partner_audited', ['customers:read']);
      await t.http.post('/api/clients/partner_audited/disable').set(bearer(admin)).expect(200);
      const created = await Promise.all(
        [1, 2, 3, 4, 5].map((i) =>
          t.http
            .post('/api/clients')
            .set(bearer(admin))
            .send({ clientId: `burst_${i}`, scopes: [] }),
        ),
      );
      expect(created.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const events = await t.app
        .get(Database)
        .read((m) => t.app.get(EventStore).readStream(m, OPS_STREAM));
      expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i + 1));
      expect(events.filter((e) => e.type === 'ClientCreated').map((e) => e.data.clientId)).toEqual(
        expect.arrayContaining(['partner_audited', 'burst_1', 'burst_5']),
      );
      expect(
        events.find((e) => e.type === 'ClientDisabled' && e.data.clientId === 'partner_audited')
          ?.metadata,
      ).toMatchObject({
        commandName: 'DisableClient',
        source: 'ops',
        actor: { clientId: ADMIN_CLIENT.clientId },
      });
      const text = JSON.stringify(events);
      expect(text).not.toContain(auditedSecret);
      for (const response of created)
        expect(text).not.toContain(response.body.clientSecret as string);
      expect(text).not.toContain(ADMIN_CLIENT.clientSecret);
    });
  });
});
