import type { Customer } from '../../../domain/customer.aggregate.js';
import type { PersonalDetails } from '../../../domain/customer.types.js';
import type { AddressFields } from '../../../domain/value-objects/address.value-object.js';
import { parseCountry } from '../../../domain/value-objects/country.value-object.js';
import { Email } from '../../../domain/value-objects/email.value-object.js';
import { compact, FieldErrors } from '../../../domain/value-objects/field-errors.js';
import { MobileNumber } from '../../../domain/value-objects/mobile-number.value-object.js';
import type { ContactChanges } from './update-contact.command.js';

/** The PRIMARY address is checked in the model's terms; the command names its country `country`. */
const COMMAND_NAMES = { countryCodeA3: 'country' };

function addressPatch(changes: ContactChanges, errors: FieldErrors): AddressFields | undefined {
  const { addressLine1, city, stateCode, country } = changes;
  if ([addressLine1, city, stateCode, country].every((value) => value === undefined)) {
    return undefined;
  }
  const countryCodeA3 =
    country === undefined ? undefined : errors.attempt(() => parseCountry(country, 'country'));
  return compact({ addressLine1, city, stateCode, countryCodeA3 });
}

function personalDetailsPatch(changes: ContactChanges): Partial<PersonalDetails> | undefined {
  const { firstName, lastName, middleName } = changes;
  const patch = compact({ firstName, lastName, middleName });
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/**
 * Applies UpdateContactCommand to an individual: email, MOBILE phone, PRIMARY address (merged
 * field by field), then names, one event per changed aspect. Every value is parsed once, and
 * every one is checked before the command fails, so the client hears about all failing fields.
 *
 * @throws CustomerTypeNotSupportedError for a business customer
 * @throws ValidationFailedError naming the command's fields (`mobile`, `country`, `email`, …)
 */
export function applyContactChanges(customer: Customer, changes: ContactChanges): void {
  customer.assertIndividual();
  const errors = new FieldErrors(COMMAND_NAMES);
  const { email, mobile } = changes;
  if (email !== undefined) {
    const parsed = errors.attempt(() => Email.parse(email, 'email'));
    if (parsed) customer.changeEmail(parsed);
  }
  if (mobile !== undefined) {
    const parsed = errors.attempt(() => MobileNumber.fromText(mobile, 'mobile'));
    if (parsed) customer.replaceMobile(parsed);
  }
  const address = addressPatch(changes, errors);
  if (address) errors.attempt(() => customer.mergePrimaryAddress(address));
  const details = personalDetailsPatch(changes);
  if (details) errors.attempt(() => customer.changePersonalDetails(details));
  errors.throwIfAny();
}
