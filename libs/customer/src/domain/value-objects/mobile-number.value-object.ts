// The core entry plus the metadata module: the default entry imports `…/metadata.min.json.js`,
// which jest's `.js` → extensionless mapping turns into a JSON import that jest warns about.
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.min.json';
import { ValidationFailedError } from '@app/core';
import type { Phone } from '../customer.types.js';
import { E164_MAX_DIGITS, parsePhoneNumber, type PhoneNumber } from './phone.value-object.js';

/** What people type between the digits of a number they write without `+`. */
const LOCAL_NUMBER = /^[\d\s().-]+$/;
/**
 * A number typed without `+` has no country to judge it by, so only its length is: at least
 * connectFi's shortest phone number (6 digits), at most what E.164 allows.
 */
const LOCAL_MIN_DIGITS = 6;
const E164 = new RegExp(`^\\+[1-9]\\d{1,${E164_MAX_DIGITS - 1}}$`);
/** How a stored number is listed: its dialing code (if any) and number after a `+`. */
const STORED_E164 = /^\+\d{1,30}$/;
const E164_MESSAGE = 'must be a possible phone number in E.164 format, e.g. +447700900123';

/**
 * An individual's MOBILE number, the contact it claims (API.md §7). However it was given (free
 * text, E.164, or stored parts), it is normalised one way: `+<dialing code without leading
 * zeros><number>`, which is both how §5.1 answers it and its claim key.
 */
export class MobileNumber {
  private constructor(private readonly parts: PhoneNumber) {}

  /**
   * As people type it (BPM `phoneNumber`, §3.1): with a leading `+`, parsed by libphonenumber-js
   * and accepted when the library calls it *possible* (`"+234 987 654 3210"` → `234` /
   * `9876543210`); without `+`, its digits are kept and it gets no dialing code.
   *
   * @throws ValidationFailedError naming `field`
   */
  static fromText(raw: string, field: string): MobileNumber {
    const text = raw.trim();
    if (text.startsWith('+')) return international(text, field, 'must be a possible phone number');
    const digits = text.replace(/\D/g, '');
    const fits = digits.length >= LOCAL_MIN_DIGITS && digits.length <= E164_MAX_DIGITS;
    if (!LOCAL_NUMBER.test(text) || !fits) {
      throw ValidationFailedError.field(
        field,
        `must be a phone number: +<country code> <number>, or ${LOCAL_MIN_DIGITS} to ${E164_MAX_DIGITS} digits`,
      );
    }
    return new MobileNumber({ phoneNumber: digits });
  }

  /** In E.164 (`+447700900123`, §5.1), and possible. @throws ValidationFailedError naming `field` */
  static fromE164(raw: string, field: string): MobileNumber {
    if (!E164.test(raw)) throw ValidationFailedError.field(field, E164_MESSAGE);
    return international(raw, field, E164_MESSAGE);
  }

  /**
   * The claim key to find a stored mobile by (a lookup, a release), from E.164. A possible number
   * is normalised as {@link fromE164} does; any other `+<digits>` is taken as it is, because a
   * number stored without a dialing code, or with an unusual one, is listed that way
   * (`+<dialing code><number>`, {@link e164}) and must be found by what the list showed.
   *
   * @throws ValidationFailedError naming `field` when it is not `+` and digits
   */
  static lookupKeyOf(raw: string, field: string): string {
    if (!STORED_E164.test(raw)) throw ValidationFailedError.field(field, E164_MESSAGE);
    try {
      return MobileNumber.fromE164(raw, field).claimKey;
    } catch {
      return `mobile:${raw}`;
    }
  }

  /** A stored phone's number. @throws ValidationFailedError for digits the model does not take */
  static fromPhone(phone: PhoneNumber): MobileNumber {
    return new MobileNumber(parsePhoneNumber(phone, ''));
  }

  get e164(): string {
    return `+${(this.parts.countryDialingCode ?? '').replace(/^0+/, '')}${this.parts.phoneNumber}`;
  }

  get claimKey(): string {
    return `mobile:${this.e164}`;
  }

  /** The MOBILE phone item as the customer stores it. */
  toPhone(): Phone {
    return { type: 'MOBILE', ...this.parts };
  }
}

function international(text: string, field: string, message: string): MobileNumber {
  // extract: false refuses text around the number instead of quietly dropping it.
  const parsed = parsePhoneNumberFromString(text, { extract: false }, metadata);
  if (!parsed || parsed.ext !== undefined || !parsed.isPossible()) {
    throw ValidationFailedError.field(field, message);
  }
  return MobileNumber.fromPhone({
    countryDialingCode: parsed.countryCallingCode,
    phoneNumber: parsed.nationalNumber,
  });
}

/** The claim key of a stored MOBILE phone. */
export function mobileKey(phone: PhoneNumber): string {
  return MobileNumber.fromPhone(phone).claimKey;
}
