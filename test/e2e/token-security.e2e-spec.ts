import { createHmac, generateKeyPairSync } from 'node:crypto';
import { exportJWK } from 'jose';
import { aToken } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import {
  ADMIN_CLIENT,
  createTestApp,
  TEST_SIGNING_SECRET,
  type TestApp,
} from '../support/test-app.js';

const now = () => Math.floor(Date.now() / 1000);
const admin = { sub: ADMIN_CLIENT.clientId, scope: 'clients:admin' };
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token put together by hand, its signature an HMAC under `key`, whatever the header claims. */
function handMade(header: object, claims: object, key: string | Buffer): string {
  const signed = `${base64url(header)}.${base64url({ iat: now(), exp: now() + 600, ...claims })}`;
  return `${signed}.${createHmac('sha256', key).update(signed).digest('base64url')}`;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** Tokens an attacker or a broken client may send; each must be refused with 401. */
const REFUSED: Array<[string, () => Promise<string>]> = [
  [
    'HS384 under the right key',
    () => aToken(TEST_SIGNING_SECRET, { header: { alg: 'HS384' }, claims: admin }),
  ],
  [
    'HS512 under the right key',
    () => aToken(TEST_SIGNING_SECRET, { header: { alg: 'HS512' }, claims: admin }),
  ],
  [
    'RS256 under an attacker’s key',
    () => aToken(rsa.privateKey, { header: { alg: 'RS256' }, claims: admin }),
  ],
  [
    'RS256 with the attacker’s public key embedded (jwk)',
    async () =>
      aToken(rsa.privateKey, {
        header: { alg: 'RS256', jwk: await exportJWK(rsa.publicKey) },
        claims: admin,
      }),
  ],
  [
    'RS256 named in the header, HMAC-signed with our secret',
    () => Promise.resolve(handMade({ alg: 'RS256' }, admin, TEST_SIGNING_SECRET)),
  ],
  [
    'a kid pointing at an empty file, signed with an empty key',
    () =>
      Promise.resolve(
        handMade({ alg: 'HS256', kid: '../../../../dev/null' }, admin, Buffer.alloc(0)),
      ),
  ],
  [
    'a kid carrying SQL, signed with another key',
    () =>
      aToken('attacker-key-0123456789abcdef0123', {
        header: { kid: "x' UNION SELECT 'key" },
        claims: admin,
      }),
  ],
  [
    'a jku pointing elsewhere, signed with another key',
    () =>
      aToken('attacker-key-0123456789abcdef0123', {
        header: { jku: 'https://evil.example/jwks.json' },
        claims: admin,
      }),
  ],
  [
    'alg "none" with an empty signature',
    () =>
      Promise.resolve(
        `${base64url({ alg: 'none' })}.${base64url({ ...admin, iat: now(), exp: now() + 600 })}.`,
      ),
  ],
  [
    'an expired token',
    () =>
      aToken(TEST_SIGNING_SECRET, { claims: { ...admin, iat: now() - 7200, exp: now() - 3600 } }),
  ],
  [
    'a token not valid before an hour from now',
    () => aToken(TEST_SIGNING_SECRET, { claims: { ...admin, nbf: now() + 3600 } }),
  ],
  [
    'another issuer',
    () => aToken(TEST_SIGNING_SECRET, { claims: { ...admin, iss: 'https://idp.example' } }),
  ],
  [
    'another audience',
    () => aToken(TEST_SIGNING_SECRET, { claims: { ...admin, aud: 'payments-api' } }),
  ],
  [
    'no issuer or audience',
    () => aToken(TEST_SIGNING_SECRET, { claims: { ...admin, iss: undefined, aud: undefined } }),
  ],
];

describeEachDatabase('token security (API.md §2)', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ database });
  });
  afterAll(() => t.close());

  it('accepts a well-made token under our key, so the refusals below are for their own reason', async () => {
    const token = await aToken(TEST_SIGNING_SECRET, { claims: admin });
    expect((await t.http.get('/api/clients').set('Authorization', `Bearer ${token}`)).status).toBe(
      200,
    );
  });

  it.each(REFUSED)('refuses %s with 401, saying no more than that', async (_case, make) => {
    const token = await make();
    const res = await t.http.get('/api/clients').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(res.text).not.toContain(token);
  });

  it('refuses the token of a client disabled after it was issued, on every surface', async () => {
    const token = await t.tokenFor(['customers:write']);
    const { sub } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as {
      sub: string;
    };
    const adminToken = await t.tokenFor();
    await t.http
      .post(`/api/clients/${sub}/disable`)
      .set('Authorization', `Bearer ${adminToken}`)
      .expect(200);
    const bpm = await t.http
      .post('/api/bpm/cmd')
      .set('Authorization', `Bearer ${token}`)
      .send({ commandName: 'UpdateContactCommand', data: { contactEncodedKey: 'x', city: 'Y' } });
    expect(bpm.body).toMatchObject({ statusCode: 'CBS_401', code: 'UNAUTHENTICATED' });
    const connectFi = await t.http
      .post('/customer/update')
      .set('x-connectfi-token', token)
      .send({ customerId: 'x', customer: {} });
    expect(connectFi.status).toBe(401);
    expect(connectFi.body).toMatchObject({ code: 'unauthorized' });
  });
});
