import { DomainError } from '@app/core';
import type { CustomerType } from '../customer.types.js';

/** No customer has this id. */
export class CustomerNotFoundError extends DomainError {
  readonly code = 'CUSTOMER_NOT_FOUND';
  constructor(readonly customerId: string) {
    super('Customer not found');
  }
}

/** The business customer has no representative with this id. */
export class RepresentativeNotFoundError extends DomainError {
  readonly code = 'REPRESENTATIVE_NOT_FOUND';
  constructor(readonly representativeId: string) {
    super('Business representative not found');
  }
}

/** Registration with an id that is already taken. */
export class CustomerAlreadyExistsError extends DomainError {
  readonly code = 'CUSTOMER_ALREADY_EXISTS';
  constructor(readonly customerId: string) {
    super('A customer with this id already exists');
  }
}

/** A field that only the other customer type has (connectFi `invalidFieldForCustomerType`). */
export class FieldNotAllowedForCustomerTypeError extends DomainError {
  readonly code = 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE';
  constructor(
    readonly field: string,
    readonly customerType: CustomerType,
  ) {
    const kind = customerType === 'individual' ? 'an individual' : 'a business';
    super(`Field '${field}' is not allowed for ${kind} customer`, {
      errors: [{ field, message: `not allowed for ${kind} customer` }],
    });
  }
}

/** Two addresses or two phones of one type in one request. */
export class DuplicateTypeError extends DomainError {
  readonly code = 'DUPLICATE_TYPE';
  constructor(
    readonly kind: 'address' | 'phone',
    readonly field: string,
  ) {
    super(kind === 'address' ? 'Duplicate address type found.' : 'Duplicate phone type found.', {
      errors: [{ field, message: `duplicate ${kind} type` }],
    });
  }
}

/** The surface does not serve this customer type (BPM UpdateContactCommand or condor on a business). */
export class CustomerTypeNotSupportedError extends DomainError {
  readonly code = 'CUSTOMER_TYPE_NOT_SUPPORTED';
  constructor(readonly customerType: CustomerType) {
    super(`This operation does not support ${customerType} customers`);
  }
}
