import type { Transaction } from '@app/persistence';
import type {
  Verification,
  VerifiedAttribute,
} from '../../domain/verification/verification.types.js';

/** Verifications live in their own table (API.md §5.2). */
export abstract class VerificationStore {
  /** Inside a command's transaction. */
  abstract load(tx: Transaction, verificationId: string): Promise<Verification | null>;
  /** For reads outside any command. */
  abstract find(verificationId: string): Promise<Verification | null>;
  abstract insert(tx: Transaction, verification: Verification): Promise<void>;
  abstract update(tx: Transaction, verification: Verification): Promise<void>;
  /** Marks the customer's pending verification of `attribute` (if any) superseded. */
  abstract supersedePending(
    tx: Transaction,
    customerId: string,
    attribute: VerifiedAttribute,
    now: string,
  ): Promise<void>;
}

/** A code as it is sent, and the hash that is stored instead of it. */
export interface IssuedCode {
  readonly code: string;
  readonly hash: string;
}

/** Verification codes: 6 digits from a CSPRNG, stored hashed, compared in constant time. */
export abstract class VerificationCodes {
  abstract issue(): IssuedCode;
  abstract matches(code: string, hash: string): boolean;
}
