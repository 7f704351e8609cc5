import { DomainError } from '@app/core';

/** The contact attributes that a verification covers, named as UpdateContactInfoCommand names them. */
export type VerifiedField = 'email' | 'mobileNumber';

/**
 * With the policy `CONTACT_VERIFICATION=required`, an email or mobile changed through
 * UpdateContactInfoCommand needs a completed verification (API.md §5.2).
 */
export class VerificationRequiredError extends DomainError {
  readonly code = 'VERIFICATION_REQUIRED';
  constructor(readonly fields: readonly VerifiedField[]) {
    super(`A completed verification is required to change ${fields.join(' and ')}`, {
      errors: fields.map((field) => ({
        field,
        message: 'needs a completed verification (verificationId)',
      })),
    });
  }
}

/** No verification with this id for this customer. */
export class VerificationNotFoundError extends DomainError {
  readonly code = 'VERIFICATION_NOT_FOUND';
  constructor(readonly verificationId: string) {
    super('Verification not found');
  }
}

/**
 * The verification cannot be used or tried: superseded, consumed, not completed, for another
 * value or attribute.
 */
export class VerificationInvalidError extends DomainError {
  readonly code = 'VERIFICATION_INVALID';
  constructor(reason: string) {
    super(`The verification cannot be used: ${reason}`);
  }
}

/** The verification's lifetime (VERIFICATION_TTL_SECONDS) is over. */
export class VerificationExpiredError extends DomainError {
  readonly code = 'VERIFICATION_EXPIRED';
  constructor() {
    super('The verification has expired; start a new one');
  }
}

/** A wrong code; `attemptsRemaining` is a top-level member of the problem body (API.md §1). */
export class VerificationCodeMismatchError extends DomainError {
  readonly code = 'VERIFICATION_CODE_MISMATCH';
  constructor(readonly attemptsRemaining: number) {
    super('The code does not match', { attemptsRemaining });
  }
}

/** Every attempt was used up; the verification can no longer complete. */
export class VerificationFailedError extends DomainError {
  readonly code = 'VERIFICATION_FAILED';
  constructor() {
    super('Too many wrong codes; start a new verification', { attemptsRemaining: 0 });
  }
}
