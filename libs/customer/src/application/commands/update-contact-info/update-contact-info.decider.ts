import type { Customer } from '../../../domain/customer.aggregate.js';
import {
  VerificationRequiredError,
  type VerifiedField,
} from '../../../domain/errors/verification.errors.js';
import { Email } from '../../../domain/value-objects/email.value-object.js';
import { FieldErrors } from '../../../domain/value-objects/field-errors.js';
import { MobileNumber } from '../../../domain/value-objects/mobile-number.value-object.js';
import type { ContactInfoChanges } from './update-contact-info.command.js';

/**
 * Sets the email and the MOBILE phone (API.md §5.1). Every value is parsed once and checked
 * first; then, when a verification is needed, a value that would actually change is refused (an
 * unchanged one is a no-op and needs none).
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
  const errors = new FieldErrors();
  const { email, mobileNumber } = changes;
  const parsedEmail =
    email === undefined ? undefined : errors.attempt(() => Email.parse(email, 'email'));
  const parsedMobile =
    mobileNumber === undefined
      ? undefined
      : errors.attempt(() => MobileNumber.fromE164(mobileNumber, 'mobileNumber'));
  errors.throwIfAny();
  const changed: VerifiedField[] = [];
  const track = (field: VerifiedField, change: () => void): void => {
    const before = customer.version;
    change();
    if (customer.version !== before) changed.push(field);
  };
  if (parsedEmail) track('email', () => customer.changeEmail(parsedEmail));
  if (parsedMobile) track('mobileNumber', () => customer.replaceMobile(parsedMobile));
  if (verificationNeeded && changed.length > 0) throw new VerificationRequiredError(changed);
}
