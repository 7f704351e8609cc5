import type { Customer } from '../../../domain/customer.aggregate.js';
import type { PersonalDetails } from '../../../domain/customer.types.js';
import type { AddressFields } from '../../../domain/value-objects/address.value-object.js';
import { parseCountry } from '../../../domain/value-objects/country.value-object.js';
import { compact } from '../../../domain/value-objects/field-errors.js';
import { parsePhoneText } from '../../../domain/value-objects/phone-text.value-object.js';
import { FieldErrors } from '../../../domain/value-objects/field-errors.js';
import type { ContactChanges } from './update-contact.command.js';

/** The aggregate's field names → BPM's (API.md §3.1), for the errors the client sees. */
const BPM_NAMES = {
  email: 'emailAddress',
  countryDialingCode: 'phoneNumber',
  addressLine1: 'address',
  stateCode: 'state',
  countryCodeA3: 'country',
};

function addressPatch(changes: ContactChanges, errors: FieldErrors): AddressFields | undefined {
  const { address, city, state, country } = changes;
  if ([address, city, state, country].every((value) => value === undefined)) return undefined;
  const countryCodeA3 =
    country === undefined ? undefined : errors.attempt(() => parseCountry(country, 'country'));
  return compact({ addressLine1: address, city, stateCode: state, countryCodeA3 });
}

function personalDetailsPatch(changes: ContactChanges): Partial<PersonalDetails> | undefined {
  const { firstName, lastName, middleName } = changes;
  const patch = compact({ firstName, lastName, middleName });
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/**
 * Applies BPM's UpdateContactCommand to an individual: email, MOBILE phone, PRIMARY address
 * (merged field by field), then names, one event per changed aspect. Every value is checked
 * before the command fails, so the client hears about all failing fields at once.
 *
 * @throws CustomerTypeNotSupportedError for a business customer
 * @throws ValidationFailedError naming BPM's fields (`phoneNumber`, `country`, `emailAddress`, …)
 */
export function applyContactChanges(customer: Customer, changes: ContactChanges): void {
  customer.assertIndividual();
  const errors = new FieldErrors(BPM_NAMES);
  const { emailAddress, phoneNumber } = changes;
  if (emailAddress !== undefined) errors.attempt(() => customer.changeEmail(emailAddress));
  if (phoneNumber !== undefined) {
    const mobile = errors.attempt(() => parsePhoneText(phoneNumber, 'phoneNumber'));
    if (mobile) errors.attempt(() => customer.replaceMobile(mobile));
  }
  const address = addressPatch(changes, errors);
  if (address) errors.attempt(() => customer.mergePrimaryAddress(address));
  const details = personalDetailsPatch(changes);
  if (details) errors.attempt(() => customer.changePersonalDetails(details));
  errors.throwIfAny();
}
