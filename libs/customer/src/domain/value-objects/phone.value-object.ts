import type { Phone, PhoneType } from '../customer.types.js';
import { at, compact, FieldErrors } from './field-errors.js';

/**
 * The stored model takes what E.164 allows (at most 15 digits); the 6 to 12 digits of connectFi's
 * schema apply to that surface's input, not to what is stored. A dialing code is kept as given, a
 * leading zero included (connectFi sends "01"), so it may be 4 digits long.
 */
export const E164_MAX_DIGITS = 15;
const PHONE_NUMBER = new RegExp(`^\\d{1,${E164_MAX_DIGITS}}$`);
const DIALING_CODE = /^\d{1,4}$/;
export const PHONE_TYPES: readonly PhoneType[] = ['MOBILE', 'LANDLINE', 'PRIMARY'];

/** A phone number without its type: what `replaceMobile` is given. */
export interface PhoneNumber {
  readonly phoneNumber: string;
  readonly countryDialingCode?: string;
}

function checkNumber(errors: FieldErrors, phone: PhoneNumber, prefix: string): void {
  if (typeof phone.phoneNumber !== 'string' || !PHONE_NUMBER.test(phone.phoneNumber)) {
    errors.add(at(prefix, 'phoneNumber'), `must be 1 to ${E164_MAX_DIGITS} digits`);
  }
  const code: unknown = phone.countryDialingCode;
  if (
    code !== undefined &&
    code !== null &&
    (typeof code !== 'string' || !DIALING_CODE.test(code))
  ) {
    errors.add(at(prefix, 'countryDialingCode'), 'must be 1 to 4 digits');
  }
}

/**
 * Digits as given (a leading zero in the dialing code is kept: "01"); a missing or null dialing
 * code is left out.
 *
 * @throws ValidationFailedError naming `prefix.phoneNumber` / `prefix.countryDialingCode`
 */
export function parsePhoneNumber(phone: PhoneNumber, prefix: string): PhoneNumber {
  const errors = new FieldErrors();
  checkNumber(errors, phone, prefix);
  errors.throwIfAny();
  return compact({
    phoneNumber: phone.phoneNumber,
    countryDialingCode: phone.countryDialingCode ?? undefined,
  });
}

/** @throws ValidationFailedError naming `prefix.type` and the number fields */
export function parsePhone(phone: Phone, prefix: string): Phone {
  const errors = new FieldErrors();
  if (!PHONE_TYPES.includes(phone.type))
    errors.add(at(prefix, 'type'), 'must be MOBILE, LANDLINE or PRIMARY');
  checkNumber(errors, phone, prefix);
  errors.throwIfAny();
  return { type: phone.type, ...parsePhoneNumber(phone, prefix) };
}

/** Parses every item of an optional list into `errors`; paths are `field[i].<name>`. */
export function parsePhones(
  errors: FieldErrors,
  phones: readonly Phone[] | undefined,
  field: string,
): Phone[] | undefined {
  return phones?.map((phone, i) =>
    errors.attempt(() => parsePhone(phone, `${field}[${i}]`), phone),
  );
}
