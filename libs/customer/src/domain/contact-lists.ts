import type { Address, Phone } from './customer.types.js';
import { parseContactParts, type ContactParts } from './contact-update.js';
import { assertUniqueTypes } from './merge-by-type.js';
import { parseAddresses } from './value-objects/address.value-object.js';
import { FieldErrors } from './value-objects/field-errors.js';
import { parsePhones } from './value-objects/phone.value-object.js';

/**
 * An address list for a merge: duplicate types are refused before formats are checked, and every
 * failing item field is reported at once (`field[i].city`).
 *
 * @throws DuplicateTypeError, ValidationFailedError
 */
export function parseAddressList(addresses: readonly Address[], field: string): Address[] {
  assertUniqueTypes(addresses, 'address', field);
  const errors = new FieldErrors();
  const parsed = parseAddresses(errors, addresses, field) ?? [];
  errors.throwIfAny();
  return parsed;
}

/** @throws DuplicateTypeError, ValidationFailedError (see {@link parseAddressList}) */
export function parsePhoneList(phones: readonly Phone[], field: string): Phone[] {
  assertUniqueTypes(phones, 'phone', field);
  const errors = new FieldErrors();
  const parsed = parsePhones(errors, phones, field) ?? [];
  errors.throwIfAny();
  return parsed;
}

/** Formats of email, addresses and phones, all failures at once; paths without a prefix. */
export function parseContact(parts: ContactParts): ContactParts {
  const errors = new FieldErrors();
  const parsed = parseContactParts(errors, parts, '');
  errors.throwIfAny();
  return parsed;
}
