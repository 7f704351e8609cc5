import type { Address } from './customer.types.js';
import {
  checkAddressFields,
  normaliseAddress,
  type AddressFields,
} from './value-objects/address.value-object.js';
import { compact, FieldErrors } from './value-objects/field-errors.js';

function pickFields(patch: AddressFields): AddressFields {
  return compact({
    addressLine1: patch.addressLine1,
    city: patch.city,
    stateCode: patch.stateCode,
    countryCodeA3: patch.countryCodeA3,
  });
}

/**
 * The PRIMARY address after a BPM patch (API.md §3.1): given fields replace stored ones, the rest
 * (line 2, postal code, absent patch fields) stay. Without a PRIMARY address one is created,
 * which needs `addressLine1`, `city` and `countryCodeA3`; a missing `stateCode` is then left out
 * rather than invented. Field errors name the patch keys (`addressLine1`, `city`, `stateCode`,
 * `countryCodeA3`); BPM renders them as `address`, `city`, `state`, `country`.
 *
 * @throws ValidationFailedError naming every missing or invalid field
 */
export function patchedPrimaryAddress(current: Address | undefined, patch: AddressFields): Address {
  const fields = pickFields(patch);
  const errors = new FieldErrors();
  const creating = current === undefined;
  checkAddressFields(errors, fields, '', {
    addressLine1: creating,
    city: creating,
    stateCode: false,
    countryCodeA3: creating,
  });
  errors.throwIfAny();
  // Checked above: when creating, the three required fields are present.
  const base = current ?? ({ type: 'PRIMARY' } as Address);
  return normaliseAddress({ ...base, ...fields });
}
