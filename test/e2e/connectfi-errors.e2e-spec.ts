import fc from 'fast-check';
import { SEED_CONDOR_REQUEST, SEED_INDIVIDUAL_REQUEST } from '@app/testing';
import {
  bootConnectFi,
  SLOW_TIMEOUT_MS,
  CONDOR_UPDATE,
  CUSTOMER_UPDATE,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { brokenCopyOf } from '../support/random-bodies.js';

const ROUTES = [
  ['connectFi', CUSTOMER_UPDATE, SEED_INDIVIDUAL_REQUEST, '/customer'],
  ['condor', CONDOR_UPDATE, SEED_CONDOR_REQUEST, '/condor'],
] as const;

/** Every error on the connectFi routes is `{code, message, requestId}` (API.md §1, §4). */
describeEachDatabase('connectFi and condor errors in connectFi’s format', (database) => {
  let app: ConnectFiApp;
  let readOnly: string;
  beforeAll(async () => {
    app = await bootConnectFi(database);
    readOnly = await app.t.tokenFor(['customers:read']);
  }, SLOW_TIMEOUT_MS);
  afterAll(() => app.t.close());

  const failure = (code: string) => ({
    code,
    message: expect.any(String) as string,
    requestId: expect.any(String) as string,
  });

  describe.each(ROUTES)('%s %s', (surface, path, body, base) => {
    const deprecated = surface === 'condor';
    const post = () => app.t.http.post(path);
    const expectSurfaceHeaders = (headers: Record<string, string>) => {
      expect(headers['content-type']).toContain('application/json');
      if (deprecated) {
        expect(headers).toMatchObject({
          deprecation: 'true',
          link: '</customer/update>; rel="successor-version"',
        });
      } else {
        expect(headers.deprecation).toBeUndefined();
        expect(headers.link).toBeUndefined();
      }
    };

    it.each([
      ['no token', {}],
      ['a bad x-connectfi-token', { 'x-connectfi-token': 'not-a-jwt' }],
      ['a bad bearer token', { Authorization: 'Bearer not-a-jwt' }],
    ])('answers %s with 401 unauthorized', async (_name, headers) => {
      const res = await post().set(headers).send(body);
      expect(res.status).toBe(401);
      expect(res.body).toEqual(failure('unauthorized'));
      expect(res.body.requestId).toBe(res.headers['x-request-id']);
      expectSurfaceHeaders(res.headers);
    });

    it('answers a token without customers:write with 403 forbidden', async () => {
      const res = await post().set('x-connectfi-token', readOnly).send(body);
      expect(res.status).toBe(403);
      expect(res.body).toEqual(failure('forbidden'));
      expectSurfaceHeaders(res.headers);
    });

    it('takes a Bearer token as well as x-connectfi-token', async () => {
      const res = await post()
        .set('Authorization', `Bearer ${app.token}`)
        .send({ ...body, customerId: 'nobody_here' });
      expect(res.status).toBe(404);
      expect(res.body).toEqual(failure('customerNotFound'));
      expectSurfaceHeaders(res.headers);
    });

    it('answers an unknown route under its base path with 404 notFound', async () => {
      const res = await app.t.http.post(`${base}/nowhere`).set('x-connectfi-token', app.token);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(failure('notFound'));
      expectSurfaceHeaders(res.headers);
    });

    it('answers a body over 64 KiB with 413 payloadTooLarge', async () => {
      const res = await post()
        .set({ 'x-connectfi-token': app.token, 'Content-Type': 'application/json' })
        .send(JSON.stringify({ customerId: 'x'.repeat(70 * 1024) }));
      expect(res.status).toBe(413);
      expect(res.body).toEqual(failure('payloadTooLarge'));
      expectSurfaceHeaders(res.headers);
    });

    it('answers a body that is not JSON with 415 unsupportedMediaType', async () => {
      const res = await post()
        .set({ 'x-connectfi-token': app.token, 'Content-Type': 'text/plain' })
        .send('customerId=x');
      expect(res.status).toBe(415);
      expect(res.body).toEqual(failure('unsupportedMediaType'));
      expectSurfaceHeaders(res.headers);
    });

    it.each([
      ['malformed JSON', '{"customerId": '],
      ['JSON deeper than 32 levels', '['.repeat(40) + ']'.repeat(40)],
      ['an empty body', ''],
    ])('answers %s with 400 requestValidateError and a message', async (_name, text) => {
      const res = await post()
        .set({ 'x-connectfi-token': app.token, 'Content-Type': 'application/json' })
        .send(text);
      expect(res.status).toBe(400);
      expect(res.body).toEqual(failure('requestValidateError'));
      expectSurfaceHeaders(res.headers);
    });

    it.each([
      ['an array', []],
      ['a string', 'customer'],
      ['null', null],
      ['unknown members', { ...body, extra: 1, customerId: 'has space' }],
    ])('answers %s with the ajv context and no message, never a 500', async (_name, value) => {
      const res = await post()
        .set({ 'x-connectfi-token': app.token, 'Content-Type': 'application/json' })
        .send(JSON.stringify(value));
      expect(res.status).toBe(400);
      expect(Object.keys(res.body)).toEqual(['code', 'context', 'requestId']);
      expect(res.body.code).toBe('requestValidateError');
      expect(res.body.context.length).toBeGreaterThan(0);
      expectSurfaceHeaders(res.headers);
    });

    it(
      'answers random JSON and randomly broken seed bodies in its format, never with a 500',
      async () => {
        const bodies = [
          ...fc.sample(fc.jsonValue(), { numRuns: 30, seed: 7 }),
          ...fc.sample(brokenCopyOf(body), { numRuns: 30, seed: 11 }),
        ];
        for (const value of bodies) {
          const res = await post()
            .set({ 'x-connectfi-token': app.token, 'Content-Type': 'application/json' })
            .send(JSON.stringify(value));
          expect([200, 400, 404, 409]).toContain(res.status);
          expect(typeof res.body.code).toBe('string');
          expectSurfaceHeaders(res.headers);
        }
      },
      SLOW_TIMEOUT_MS,
    );
  });
});
