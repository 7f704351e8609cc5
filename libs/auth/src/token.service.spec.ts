import { SignJWT, UnsecuredJWT } from 'jose';
import { aToken, type ExpectedFailure, expectRejection } from '@app/testing';
import type { ApiClient } from './api-client.js';
import type { ApiClientsService } from './api-clients.service.js';
import { TokenService } from './token.service.js';

const SECRET = 'unit-test-signing-key-0123456789abcdef';
const key = new TextEncoder().encode(SECRET);
const now = () => Math.floor(Date.now() / 1000);

function client(clientId: string, scopes: ApiClient['scopes'], disabled = false): ApiClient {
  return { clientId, scopes, disabled, createdAt: '2026-01-01T00:00:00.000Z', disabledAt: null };
}

const active = new Map<string, ApiClient>([
  ['ops-console', client('ops-console', ['customers:read', 'customers:write'])],
  ['reader', client('reader', ['customers:read'])],
]);
const clients = {
  findActive: (id: string) => Promise.resolve(active.get(id) ?? null),
} as unknown as ApiClientsService;

const service = new TokenService({ jwtSecret: SECRET, tokenTtlSeconds: 3600 }, clients);

/** A token with chosen header algorithm and claims, as an attacker or a broken client might send. */
function forge(
  alg: string,
  claims: Record<string, unknown> = {},
  signingKey = key,
): Promise<string> {
  const claimed = { sub: 'ops-console', scope: 'customers:read', ...claims };
  return aToken(signingKey, { header: { alg }, claims: claimed });
}

/** How `verify` refuses a token; the message tells an expired token from any other doubt. */
const INVALID_TOKEN: ExpectedFailure = {
  code: 'UNAUTHENTICATED',
  matching: { message: 'Invalid or expired token' },
};
const EXPIRED_TOKEN: ExpectedFailure = {
  code: 'UNAUTHENTICATED',
  matching: { message: 'Token expired' },
};

describe('TokenService', () => {
  it('issues a Bearer token that verifies back to the client and its scopes', async () => {
    const issued = await service.issue(
      client('ops-console', ['customers:read', 'customers:write']),
    );
    expect(issued).toEqual({
      token: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 3600,
      scopes: ['customers:read', 'customers:write'],
    });
    await expect(service.verify(issued.token)).resolves.toEqual({
      clientId: 'ops-console',
      scopes: ['customers:read', 'customers:write'],
    });
  });

  it('signs HS256 with sub, space-separated scope, iss, aud, iat, exp = iat + ttl and a jti', async () => {
    const { token } = await service.issue(client('reader', ['customers:read', 'audit:read']));
    const [header, payload] = token
      .split('.')
      .slice(0, 2)
      .map(
        (part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>,
      );
    expect(header).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      sub: 'reader',
      scope: 'customers:read audit:read',
      iss: 'customer-contact-service',
      aud: 'customer-contact-api',
    });
    expect(Number(payload?.exp) - Number(payload?.iat)).toBe(3600);
    expect(payload?.jti).toEqual(expect.any(String));
  });

  it('rejects an alg:none token', async () => {
    const token = new UnsecuredJWT({ scope: 'customers:read' })
      .setSubject('ops-console')
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    await expectRejection(service.verify(token), INVALID_TOKEN);
  });

  it('rejects a token signed with another algorithm, even with the right key', async () => {
    await expectRejection(service.verify(await forge('HS512')), INVALID_TOKEN);
    await expectRejection(service.verify(await forge('HS384')), INVALID_TOKEN);
  });

  it('rejects a token of another issuer or audience, or one not valid yet', async () => {
    await expectRejection(
      service.verify(await forge('HS256', { iss: 'someone-else' })),
      INVALID_TOKEN,
    );
    await expectRejection(
      service.verify(await forge('HS256', { aud: 'another-api' })),
      INVALID_TOKEN,
    );
    await expectRejection(
      service.verify(await forge('HS256', { nbf: now() + 600 })),
      INVALID_TOKEN,
    );
    const { iss: _iss, ...unissued } = JSON.parse(
      Buffer.from((await forge('HS256')).split('.')[1]!, 'base64url').toString(),
    ) as Record<string, unknown>;
    const noIssuer = await new SignJWT(unissued).setProtectedHeader({ alg: 'HS256' }).sign(key);
    await expectRejection(service.verify(noIssuer), INVALID_TOKEN);
  });

  it('rejects a token signed with another key', async () => {
    await expectRejection(
      service.verify(
        await forge('HS256', {}, new TextEncoder().encode('another-key-0123456789abcdef')),
      ),
      INVALID_TOKEN,
    );
  });

  it('rejects a token whose payload was altered after signing', async () => {
    const [header, , signature] = (await forge('HS256')).split('.');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'ops-console', scope: 'clients:admin', iat: now(), exp: now() + 600 }),
    ).toString('base64url');
    await expectRejection(service.verify(`${header}.${payload}.${signature}`), INVALID_TOKEN);
  });

  it('rejects an expired token', async () => {
    await expectRejection(
      service.verify(await forge('HS256', { iat: now() - 7200, exp: now() - 3600 })),
      EXPIRED_TOKEN,
    );
  });

  it.each(['', 'not-a-jwt', 'a.b.c', 'Bearer x.y.z'])(
    'rejects a malformed token %j',
    async (token) => {
      await expectRejection(service.verify(token), INVALID_TOKEN);
    },
  );

  it('rejects a token without sub or exp', async () => {
    // An undefined claim is left out of the token.
    await expectRejection(service.verify(await forge('HS256', { exp: undefined })), INVALID_TOKEN);
    await expectRejection(service.verify(await forge('HS256', { sub: undefined })), INVALID_TOKEN);
  });

  it('rejects the token of a client that is disabled or gone since issue', async () => {
    const { token } = await service.issue(client('gone', ['customers:read']));
    await expectRejection(service.verify(token), INVALID_TOKEN);
  });

  it('never grants more than the client holds now, nor unknown scopes', async () => {
    const token = await forge('HS256', {
      sub: 'reader',
      scope: 'customers:read clients:admin root',
    });
    await expect(service.verify(token)).resolves.toEqual({
      clientId: 'reader',
      scopes: ['customers:read'],
    });
  });
});
