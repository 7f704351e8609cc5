import { DomainError } from '@app/core';

export type ContactKind = 'email' | 'mobile';

/** The email or mobile is the active contact of another customer. */
export class ContactInUseError extends DomainError {
  readonly code = 'CONTACT_IN_USE';
  constructor(readonly kind: ContactKind) {
    super(kind === 'email' ? 'Duplicate email' : 'Duplicate mobile number', {
      errors: [{ field: kind, message: `${kind} is already in use by another customer` }],
    });
  }
}

/** The email or mobile was removed from another customer and not yet released by an operator. */
export class ContactReservedError extends DomainError {
  readonly code = 'CONTACT_RESERVED';
  constructor(readonly kind: ContactKind) {
    super(
      kind === 'email'
        ? 'Email is reserved for another customer'
        : 'Mobile number is reserved for another customer',
      { errors: [{ field: kind, message: `${kind} is reserved until an operator releases it` }] },
    );
  }
}
