import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const SEAL = /^[0-9a-f]{64}$/;

/**
 * Seals event rows with a key the database does not hold: HMAC-SHA-256 over the row's `hash`,
 * under a key derived by HKDF from the server secret (AUTH_JWT_SECRET). The hash chain alone is
 * keyless, so someone able to write to the database could append a correctly hashed event at a
 * stream's end; without the secret they cannot seal it.
 */
export class EventSealer {
  private constructor(private readonly key: Buffer) {}

  static fromSecret(serverSecret: string): EventSealer {
    if (serverSecret === '') throw new Error('the seal key needs a non-empty server secret');
    return new EventSealer(Buffer.from(hkdfSync('sha256', serverSecret, '', 'event-seals', 32)));
  }

  /** The seal of a row whose hash is `hash` (lowercase hex). */
  seal(hash: string): string {
    return this.mac(hash);
  }

  /** Whether `seal` is the seal of `hash`; compared in constant time. */
  matches(hash: string, seal: string): boolean {
    if (!SEAL.test(seal)) return false;
    return timingSafeEqual(Buffer.from(this.mac(hash), 'hex'), Buffer.from(seal, 'hex'));
  }

  /** A seal over other text (an export's trailer), kept apart from the rows' by `purpose`. */
  sealText(purpose: string, text: string): string {
    return this.mac(`${purpose}\n${text}`);
  }

  matchesText(purpose: string, text: string, seal: string): boolean {
    return this.matches(`${purpose}\n${text}`, seal);
  }

  private mac(text: string): string {
    return createHmac('sha256', this.key).update(text, 'utf8').digest('hex');
  }
}
