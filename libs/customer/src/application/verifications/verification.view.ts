import { statusAt } from '../../domain/verification/verification.rules.js';
import type { Verification } from '../../domain/verification/verification.types.js';

/** A verification's state as the wallet surface answers it (API.md §5.2): never the code. */
export function verificationView(verification: Verification, now: string) {
  return {
    verificationId: verification.verificationId,
    flow: verification.flow,
    attribute: verification.attribute,
    status: statusAt(verification, now),
    expiresAt: verification.expiresAt,
    attemptsRemaining: verification.attemptsRemaining,
  };
}

export type VerificationView = ReturnType<typeof verificationView>;
