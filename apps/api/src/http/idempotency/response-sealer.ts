import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { StoredResponse } from './stored-response.js';

const ALGORITHM = 'aes-256-gcm';

/**
 * Seals stored answers (AES-256-GCM, a key derived from the server secret): they may hold a
 * customer's personal data or a new client's one-time secret, which must not sit readable in the
 * database for 24 hours.
 */
export class ResponseSealer {
  private readonly key: Buffer;

  constructor(serverSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', serverSecret, '', 'idempotency-responses', 32));
  }

  seal(response: StoredResponse): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(response), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
  }

  open(sealed: string): StoredResponse {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv(ALGORITHM, this.key, iv!);
    decipher.setAuthTag(tag!);
    const plain = Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as StoredResponse;
  }
}
