// The core entry plus the metadata module: the default entry imports `…/metadata.min.json.js`,
// which jest's `.js` → extensionless mapping turns into a JSON import that jest warns about.
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.min.json';
import { ValidationFailedError } from '@app/core';
import type { PhoneNumber } from './phone.value-object.js';

/** What people type between the digits of a number they write without `+`. */
const LOCAL_NUMBER = /^[\d\s().-]+$/;
/** connectFi's shortest phone number and E.164's longest. */
const LOCAL_DIGITS = { min: 6, max: 15 };
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * A phone number as people type it (BPM `phoneNumber`, API.md §3.1). With a leading `+` it is
 * parsed by libphonenumber-js and accepted when the library calls it *possible* for its country:
 * `"+234 987 654 3210"` → `{countryDialingCode: "234", phoneNumber: "9876543210"}`. Without `+`
 * there is no country to judge it by, so only its digits are kept (6 to 15 of them) and it gets
 * no dialing code.
 *
 * @throws ValidationFailedError naming `field`
 */
export function parsePhoneText(raw: string, field: string): PhoneNumber {
  const text = raw.trim();
  if (text.startsWith('+'))
    return parseInternational(text, field, 'must be a possible phone number');
  const digits = text.replace(/\D/g, '');
  const fits = digits.length >= LOCAL_DIGITS.min && digits.length <= LOCAL_DIGITS.max;
  if (!LOCAL_NUMBER.test(text) || !fits) {
    throw ValidationFailedError.field(
      field,
      'must be a phone number: +<country code> <number>, or 6 to 15 digits',
    );
  }
  return { phoneNumber: digits };
}

/**
 * A mobile number in E.164 (`+447700900123`, API.md §5.1), accepted when libphonenumber-js calls
 * it possible for its country.
 *
 * @throws ValidationFailedError naming `field`
 */
export function parseE164(raw: string, field: string): PhoneNumber {
  const message = 'must be a possible phone number in E.164 format, e.g. +447700900123';
  if (!E164.test(raw)) throw ValidationFailedError.field(field, message);
  return parseInternational(raw, field, message);
}

/** The phone in E.164 (`+<dialing code without leading zeros><number>`), as §5.1 answers it. */
export function toE164(phone: PhoneNumber): string {
  return `+${(phone.countryDialingCode ?? '').replace(/^0+/, '')}${phone.phoneNumber}`;
}

function parseInternational(text: string, field: string, message: string): PhoneNumber {
  // extract: false refuses text around the number instead of quietly dropping it.
  const parsed = parsePhoneNumberFromString(text, { extract: false }, metadata);
  if (!parsed || parsed.ext !== undefined || !parsed.isPossible()) {
    throw ValidationFailedError.field(field, message);
  }
  return { countryDialingCode: parsed.countryCallingCode, phoneNumber: parsed.nationalNumber };
}
