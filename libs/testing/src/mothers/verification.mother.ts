import type { Verification } from '@app/customer';
import { DEFAULT_NOW } from '../fixed-clock.js';

/** A pending email verification of cust_1 for `new@example.com`, 15 minutes from the fixed clock. */
export function aVerification(overrides: Partial<Verification> = {}): Verification {
  return {
    verificationId: 'ver_1',
    customerId: 'cust_1',
    flow: 'WALLET_UPDATE',
    attribute: 'email',
    value: 'new@example.com',
    valueKey: 'email:new@example.com',
    codeHash: 'h:123456',
    status: 'PENDING',
    attemptsRemaining: 5,
    expiresAt: new Date(Date.parse(DEFAULT_NOW) + 900_000).toISOString(),
    createdAt: DEFAULT_NOW,
    updatedAt: DEFAULT_NOW,
    ...overrides,
  };
}
