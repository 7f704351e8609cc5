import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';
import {
  VerificationCodes,
  type IssuedCode,
} from '../../application/verifications/verification.ports.js';

const CODE_DIGITS = 6;

/**
 * Codes from the CSPRNG (`crypto.randomInt`), stored as HMAC-SHA-256 under a server key: a leaked
 * table does not give the codes away, and a 6-digit code is not brute-forced offline without the
 * key. The key is derived (HKDF) from the token signing secret, so every instance sharing that
 * secret checks the codes of every other.
 */
export class HmacVerificationCodes extends VerificationCodes {
  private readonly key: Buffer;

  constructor(serverSecret: string) {
    super();
    this.key = Buffer.from(hkdfSync('sha256', serverSecret, '', 'verification-codes', 32));
  }

  issue(): IssuedCode {
    const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');
    return { code, hash: this.hash(code) };
  }

  matches(code: string, hash: string): boolean {
    const expected = Buffer.from(hash, 'hex');
    const actual = Buffer.from(this.hash(code), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private hash(code: string): string {
    return createHmac('sha256', this.key).update(code, 'utf8').digest('hex');
  }
}
