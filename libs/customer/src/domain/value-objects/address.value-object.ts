import type { Address, AddressType } from '../customer.types.js';
import { isCountryCodeA3 } from './country-code.value-object.js';
import { at, checkText, compact, FieldErrors } from './field-errors.js';

export const ADDRESS_TYPES: readonly AddressType[] = ['PRIMARY', 'SECONDARY'];

/** The fields of an address that BPM's `address`, `city`, `state`, `country` map onto. */
export interface AddressFields {
  readonly addressLine1?: string;
  readonly city?: string;
  readonly stateCode?: string;
  readonly countryCodeA3?: string;
}

/**
 * Checks the four main fields into `errors`; with `required` false an absent field is fine (a
 * patch), a present one must still be valid.
 */
export function checkAddressFields(
  errors: FieldErrors,
  fields: AddressFields,
  prefix: string,
  required: { addressLine1: boolean; city: boolean; stateCode: boolean; countryCodeA3: boolean },
): void {
  checkText(errors, fields.addressLine1, at(prefix, 'addressLine1'), {
    required: required.addressLine1,
  });
  checkText(errors, fields.city, at(prefix, 'city'), { required: required.city });
  checkText(errors, fields.stateCode, at(prefix, 'stateCode'), { required: required.stateCode });
  if (fields.countryCodeA3 === undefined) {
    if (required.countryCodeA3) errors.add(at(prefix, 'countryCodeA3'), 'is required');
  } else if (!isCountryCodeA3(fields.countryCodeA3)) {
    errors.add(at(prefix, 'countryCodeA3'), 'must be an ISO 3166-1 alpha-3 code');
  }
}

function checkOptionalParts(errors: FieldErrors, address: Address, prefix: string): void {
  const line2: unknown = address.addressLine2;
  if (line2 !== undefined && line2 !== null && typeof line2 !== 'string') {
    errors.add(at(prefix, 'addressLine2'), 'must be a string or null');
  }
  const postalCode: unknown = address.postalCode;
  if (postalCode !== undefined && postalCode !== null && typeof postalCode !== 'string') {
    errors.add(at(prefix, 'postalCode'), 'must be a string');
  }
}

/**
 * A complete address item (connectFi, condor, registration): type, line 1, city, state and
 * country are required. Stored as given; absent optional parts are left out, a null
 * `addressLine2` is kept.
 *
 * @throws ValidationFailedError naming every failing `prefix.<field>`
 */
export function parseAddress(address: Address, prefix: string): Address {
  const errors = new FieldErrors();
  if (!ADDRESS_TYPES.includes(address.type)) {
    errors.add(at(prefix, 'type'), 'must be PRIMARY or SECONDARY');
  }
  const all = { addressLine1: true, city: true, stateCode: true, countryCodeA3: true };
  checkAddressFields(errors, address, prefix, all);
  checkOptionalParts(errors, address, prefix);
  errors.throwIfAny();
  return normaliseAddress(address);
}

/** The stored shape: known keys only, in one order, absent optional parts left out. */
export function normaliseAddress(address: Address): Address {
  return compact({
    type: address.type,
    addressLine1: address.addressLine1,
    addressLine2: address.addressLine2,
    city: address.city,
    stateCode: address.stateCode,
    postalCode: address.postalCode ?? undefined,
    countryCodeA3: address.countryCodeA3,
  });
}

/** Parses every item of an optional list into `errors`; paths are `field[i].<name>`. */
export function parseAddresses(
  errors: FieldErrors,
  addresses: readonly Address[] | undefined,
  field: string,
): Address[] | undefined {
  return addresses?.map((address, i) =>
    errors.attempt(() => parseAddress(address, `${field}[${i}]`), address),
  );
}
