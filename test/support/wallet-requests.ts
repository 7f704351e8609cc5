import type { Test } from 'supertest';
import type { TestApp } from './test-app.js';

/** The wallet surface's calls (API.md §5), with one bearer token. */
export function walletClient(t: TestApp, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  const base = (customerId: string) => `/v2/customer-persons/${customerId}`;
  return {
    patch: (customerId: string, body: object, headers: Record<string, string> = {}): Test =>
      t.http
        .patch(`${base(customerId)}/contact-info`)
        .set({ ...auth, ...headers })
        .send(body),
    initiate: (customerId: string, attribute: 'email' | 'mobile', value: string): Test =>
      t.http
        .post(`${base(customerId)}/verifications`)
        .set(auth)
        .send({ flow: 'WALLET_UPDATE', attribute, value }),
    attempt: (customerId: string, verificationId: string, code: string): Test =>
      t.http
        .post(`${base(customerId)}/verifications/${verificationId}/attempts`)
        .set(auth)
        .send({ code }),
    get: (customerId: string, verificationId: string): Test =>
      t.http.get(`${base(customerId)}/verifications/${verificationId}`).set(auth),
  };
}

export type WalletClient = ReturnType<typeof walletClient>;

/** A code that is not `code` (for wrong attempts). */
export const otherThan = (code: string): string => (code === '000000' ? '111111' : '000000');
