import type { Customer } from '../../../domain/customer.aggregate.js';
import {
  VerificationInvalidError,
  VerificationRequiredError,
  type VerifiedField,
} from '../../../domain/errors/verification.errors.js';
import { Email } from '../../../domain/value-objects/email.value-object.js';
import { FieldErrors } from '../../../domain/value-objects/field-errors.js';
import { MobileNumber } from '../../../domain/value-objects/mobile-number.value-object.js';
import { assertAuthorises } from '../../../domain/verification/verification.rules.js';
import type { Verification } from '../../../domain/verification/verification.types.js';
import type { ContactInfoChanges } from './update-contact-info.command.js';

export interface VerificationContext {
  /** `CONTACT_VERIFICATION=required`: every changed email or mobile needs a verification. */
  readonly required: boolean;
  /** The verification the request named, loaded; undefined when it named none. */
  readonly verification?: Verification;
  readonly now: string;
}

const FIELD_OF = { email: 'email', mobile: 'mobileNumber' } as const satisfies Record<
  Verification['attribute'],
  VerifiedField
>;

/**
 * Sets the email and the MOBILE phone (API.md §5.1) under the verification rules of §5.2. Every
 * value is parsed once and checked first; a named verification must authorise its attribute's
 * value; then a value that would actually change needs a verification when they are required
 * (an unchanged one is a no-op and needs none). Returns whether the verification was used.
 *
 * @throws CustomerTypeNotSupportedError for a business (this command serves persons)
 * @throws ValidationFailedError naming `email` / `mobileNumber`
 * @throws VerificationInvalidError, VerificationExpiredError, VerificationRequiredError
 */
export function applyContactInfo(
  customer: Customer,
  changes: ContactInfoChanges,
  context: VerificationContext,
): boolean {
  customer.assertIndividual();
  const errors = new FieldErrors();
  const { email, mobileNumber } = changes;
  const parsed = {
    email: email === undefined ? undefined : errors.attempt(() => Email.parse(email, 'email')),
    mobile:
      mobileNumber === undefined
        ? undefined
        : errors.attempt(() => MobileNumber.fromE164(mobileNumber, 'mobileNumber')),
  };
  errors.throwIfAny();
  const verified = context.verification;
  if (verified) {
    const value = parsed[verified.attribute];
    if (!value)
      throw new VerificationInvalidError(
        `it verified the ${verified.attribute}, which is not sent`,
      );
    assertAuthorises(
      verified,
      { customerId: customer.id, attribute: verified.attribute, valueKey: value.claimKey },
      context.now,
    );
  }
  const changed = new Set<Verification['attribute']>();
  const track = (attribute: Verification['attribute'], change: () => void): void => {
    const before = customer.version;
    change();
    if (customer.version !== before) changed.add(attribute);
  };
  if (parsed.email) track('email', () => customer.changeEmail(parsed.email!));
  if (parsed.mobile) track('mobile', () => customer.replaceMobile(parsed.mobile!));
  const unverified = [...changed].filter((attribute) => attribute !== verified?.attribute);
  if (context.required && unverified.length > 0) {
    throw new VerificationRequiredError(unverified.map((attribute) => FIELD_OF[attribute]));
  }
  return verified !== undefined && changed.has(verified.attribute);
}
