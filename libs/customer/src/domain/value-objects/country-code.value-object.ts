import { ValidationFailedError } from '@app/core';

/** The vendor schemas accept any three capitals, so only the pattern is checked (no ISO list). */
const COUNTRY_CODE_A3 = /^[A-Z]{3}$/;

export function isCountryCodeA3(value: unknown): value is string {
  return typeof value === 'string' && COUNTRY_CODE_A3.test(value);
}

/** @throws ValidationFailedError naming `field` */
export function parseCountryCode(raw: unknown, field: string): string {
  if (!isCountryCodeA3(raw)) {
    throw ValidationFailedError.field(field, 'must be an ISO 3166-1 alpha-3 code');
  }
  return raw;
}
