import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';

export interface ScryptParams {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * Generated secrets carry 256 bits of entropy, so cost only matters for an operator-chosen
 * bootstrap secret; N=2^14 (16 MiB) keeps a token request well under 100 ms on a small host.
 */
const DEFAULT_PARAMS: ScryptParams = { N: 2 ** 14, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Upper bounds for parameters read back from storage, so a tampered row cannot exhaust memory. */
const MAX_N = 2 ** 20;
const MAX_RP = 64;
const MAX_MEMORY = 256 * 1024 * 1024;

/** Optional injection token to override the cost (tests use a cheap one). */
export const SCRYPT_PARAMS = Symbol('ScryptParams');

function derive(
  secret: string,
  salt: Buffer,
  params: ScryptParams,
  length: number,
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function withinBounds({ N, r, p }: ScryptParams): boolean {
  const powerOfTwo = Number.isInteger(N) && N > 1 && N <= MAX_N && (N & (N - 1)) === 0;
  const small = [r, p].every((v) => Number.isInteger(v) && v >= 1 && v <= MAX_RP);
  return powerOfTwo && small && 128 * N * r <= MAX_MEMORY;
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; hash: Buffer } | undefined {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || salt === undefined || hash === undefined)
    return undefined;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!withinBounds(params)) return undefined;
  const saltBytes = Buffer.from(salt, 'base64');
  const hashBytes = Buffer.from(hash, 'base64');
  if (saltBytes.length === 0 || hashBytes.length === 0) return undefined;
  return { params, salt: saltBytes, hash: hashBytes };
}

/**
 * Client secrets hashed with scrypt, stored as `scrypt$<N>$<r>$<p>$<saltB64>$<hashB64>` so the cost
 * can be raised later without invalidating existing hashes.
 */
@Injectable()
export class SecretHasher {
  private dummy: Promise<string> | undefined;

  private readonly params: ScryptParams;

  constructor(@Optional() @Inject(SCRYPT_PARAMS) params?: ScryptParams) {
    this.params = params ?? DEFAULT_PARAMS;
  }

  async hash(secret: string): Promise<string> {
    const salt = randomBytes(SALT_LENGTH);
    const { N, r, p } = this.params;
    const hash = await derive(secret, salt, this.params, KEY_LENGTH);
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
  }

  /** True when `secret` matches `stored`; a malformed stored value matches nothing. */
  async verify(secret: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    if (!parsed) return false;
    const candidate = await derive(secret, parsed.salt, parsed.params, parsed.hash.length);
    return timingSafeEqual(candidate, parsed.hash);
  }

  /**
   * Spends the same work as a real verification and always fails: used when the client is
   * unknown, so response time does not reveal which client ids exist.
   */
  async verifyDummy(secret: string): Promise<false> {
    this.dummy ??= this.hash(randomBytes(32).toString('base64url'));
    await this.verify(secret, await this.dummy);
    return false;
  }
}
