/** The states of a verification (API.md §5.2). */
export type VerificationStatus =
  'PENDING' | 'COMPLETED' | 'FAILED' | 'EXPIRED' | 'SUPERSEDED' | 'CONSUMED';

/** The contact a verification proves the customer holds. */
export type VerifiedAttribute = 'email' | 'mobile';

export type VerificationFlow = 'WALLET_UPDATE';

/** How many codes may be tried before a verification fails. */
export const MAX_VERIFICATION_ATTEMPTS = 5;

export interface Verification {
  readonly verificationId: string;
  readonly customerId: string;
  readonly flow: VerificationFlow;
  readonly attribute: VerifiedAttribute;
  /** The normalised value: the trimmed email, or the mobile number in E.164. */
  readonly value: string;
  /** The contact-claim key of `value`, which decides "the same value". */
  readonly valueKey: string;
  /** The code's hash; the code itself is never stored. */
  readonly codeHash: string;
  readonly status: VerificationStatus;
  readonly attemptsRemaining: number;
  readonly expiresAt: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}
