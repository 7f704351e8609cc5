import { ValidationFailedError } from '@app/core';
import { Email } from '../value-objects/email.value-object.js';
import { MobileNumber } from '../value-objects/mobile-number.value-object.js';
import type { VerifiedAttribute } from './verification.types.js';

/** A contact value as a verification records it: normalised, with its claim key. */
export interface VerifiedContact {
  readonly attribute: VerifiedAttribute;
  readonly value: string;
  readonly valueKey: string;
}

/**
 * Normalises the value to verify: an email trimmed, a mobile number in E.164 (and possible).
 *
 * @throws ValidationFailedError naming `field`
 */
export function verifiedContactOf(
  attribute: VerifiedAttribute,
  raw: string,
  field: string,
): VerifiedContact {
  if (attribute === 'email') {
    const email = Email.parse(raw, field);
    return { attribute, value: email.value, valueKey: email.claimKey };
  }
  if (attribute === 'mobile') {
    const mobile = MobileNumber.fromE164(raw, field);
    return { attribute, value: mobile.e164, valueKey: mobile.claimKey };
  }
  throw ValidationFailedError.field('attribute', 'must be email or mobile');
}
