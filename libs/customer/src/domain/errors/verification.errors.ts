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
