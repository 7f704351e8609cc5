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

/** A release asked for a value that no customer holds as removed (reserved). */
export class ContactNotReservedError extends DomainError {
  readonly code = 'CONTACT_NOT_RESERVED';
  constructor(readonly kind: ContactKind) {
    super(`No reserved ${kind} matches this value`);
  }
}

/** A release asked for a value a customer uses now: only removed values can be released. */
export class ContactActiveError extends DomainError {
  readonly code = 'CONTACT_ACTIVE';
  constructor(readonly kind: ContactKind) {
    super(`This ${kind} is in use by a customer and cannot be released`);
  }
}
