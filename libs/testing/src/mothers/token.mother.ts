import { SignJWT, type CryptoKey, type JWTHeaderParameters, type KeyObject } from 'jose';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@app/auth';

export interface TokenParts {
  /** Claims over the defaults: our issuer and audience, issued now, valid ten minutes. */
  readonly claims?: Readonly<Record<string, unknown>>;
  /** The protected header; `alg` defaults to HS256. */
  readonly header?: Partial<JWTHeaderParameters>;
}

const encoder = new TextEncoder();

/**
 * A token shaped like the service's own, signed with any key and algorithm, as a test, an
 * attacker or a broken client may make one. `sub` and `scope` come in `claims`.
 */
export function aToken(
  key: string | Uint8Array | CryptoKey | KeyObject,
  { claims = {}, header = {} }: TokenParts = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const defaults = { iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, iat: now, exp: now + 600 };
  return new SignJWT({ ...defaults, ...claims })
    .setProtectedHeader({ alg: 'HS256', ...header })
    .sign(typeof key === 'string' ? encoder.encode(key) : key);
}
