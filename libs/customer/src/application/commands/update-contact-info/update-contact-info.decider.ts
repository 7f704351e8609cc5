import type { Customer } from '../../../domain/customer.aggregate.js';
import {
  VerificationRequiredError,
  type VerifiedField,
} from '../../../domain/errors/verification.errors.js';
import { parseE164 } from '../../../domain/value-objects/phone-text.value-object.js';
import { FieldErrors } from '../../../domain/value-objects/field-errors.js';
import type { ContactInfoChanges } from './update-contact-info.command.js';

/** The aggregate's phone fields → the command's single `mobileNumber`. */
const NAMES = { phoneNumber: 'mobileNumber', countryDialingCode: 'mobileNumber' };

/**
 * Sets the email and the MOBILE phone (API.md §5.1). Every value is checked first; then, when a
 * verification is needed, a value that would actually change is refused (an unchanged one is a
 * no-op and needs none).
 *
 * @throws ValidationFailedError naming `email` / `mobileNumber`
 * @throws VerificationRequiredError naming the fields that would change
 * @throws FieldNotAllowedForCustomerTypeError for a business customer
 */
export function applyContactInfo(
  customer: Customer,
  changes: ContactInfoChanges,
  verificationNeeded: boolean,
): void {
  const errors = new FieldErrors(NAMES);
  const changed: VerifiedField[] = [];
  const track = (field: VerifiedField, run: () => void): void => {
    const before = customer.version;
    errors.attempt(run);
    if (customer.version !== before) changed.push(field);
  };
  const { email, mobileNumber } = changes;
  if (email !== undefined) track('email', () => customer.changeEmail(email));
  if (mobileNumber !== undefined) {
    track('mobileNumber', () => customer.replaceMobile(parseE164(mobileNumber, 'mobileNumber')));
  }
  errors.throwIfAny();
  if (verificationNeeded && changed.length > 0) throw new VerificationRequiredError(changed);
}
