import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { UnauthenticatedError } from '@app/core';
import { ApiClientsService } from './api-clients.service.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { ExpiringCache } from './expiring-cache.js';
import type { Principal } from './principal.js';
import { normaliseScopes, type Scope } from './scopes.js';

/** The body of a successful `POST /auth/get-token` (API.md §2, inside `data`). */
export interface IssuedToken {
  readonly token: string;
  readonly tokenType: 'Bearer';
  readonly expiresIn: number;
  readonly scopes: readonly Scope[];
}

const ALGORITHM = 'HS256';
/** Who issues our tokens and whom they are for: a token minted for another service is refused. */
export const TOKEN_ISSUER = 'customer-contact-service';
export const TOKEN_AUDIENCE = 'customer-contact-api';

/**
 * HS256 access tokens: `sub` = client id, `scope` = space-separated scopes, `iss`, `aud`, `iat`,
 * `exp`, `jti`. Only HS256 under our key is accepted: the header's `alg` and `kid` choose nothing.
 */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;
  /** Tokens whose signature and claims were checked, until their `exp`: checked once each. */
  private readonly verified = new ExpiringCache<JWTPayload>(10_000);

  constructor(
    @Inject(AUTH_OPTIONS) options: AuthOptions,
    private readonly clients: ApiClientsService,
  ) {
    if (options.jwtSecret.length === 0) throw new Error('The JWT signing secret must not be empty');
    this.key = new TextEncoder().encode(options.jwtSecret);
    this.ttlSeconds = options.tokenTtlSeconds;
  }

  async issue(client: {
    readonly clientId: string;
    readonly scopes: readonly Scope[];
  }): Promise<IssuedToken> {
    const issuedAt = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ scope: client.scopes.join(' ') })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(client.clientId)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .setJti(randomUUID())
      .sign(this.key);
    return { token, tokenType: 'Bearer', expiresIn: this.ttlSeconds, scopes: [...client.scopes] };
  }

  /**
   * The principal a token stands for. Any doubt is UnauthenticatedError: a malformed token, another
   * algorithm (`none` included), a bad signature, expiry or a `nbf` still ahead, another issuer or
   * audience, or a client disabled since issue.
   */
  async verify(token: string): Promise<Principal> {
    const payload = this.verified.get(token) ?? (await this.verifySignature(token));
    const { sub, scope } = payload;
    if (typeof sub !== 'string' || typeof scope !== 'string') throw invalidToken();
    // Read on every request (one primary-key lookup) so that disabling a client takes effect at
    // once on every instance; a cache would keep disabled tokens alive for its lifetime.
    const client = await this.clients.findActive(sub);
    if (!client) throw invalidToken();
    const claimed = scope.split(' ');
    // A token never grants more than the client holds now.
    return {
      clientId: client.clientId,
      scopes: normaliseScopes(claimed).filter((s) => client.scopes.includes(s)),
    };
  }

  private async verifySignature(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        requiredClaims: ['sub', 'iat', 'exp'],
      });
      this.verified.set(token, payload, payload.exp! * 1000);
      return payload;
    } catch (error) {
      // Expiry is worth telling the client (it should fetch a new token); other reasons are not.
      if (error instanceof errors.JWTExpired) throw new UnauthenticatedError('Token expired');
      throw invalidToken();
    }
  }
}

function invalidToken(): UnauthenticatedError {
  return new UnauthenticatedError('Invalid or expired token');
}
