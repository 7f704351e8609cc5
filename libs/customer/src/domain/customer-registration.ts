import type { IdGenerator } from '@app/core';
import type {
  BusinessDetails,
  IndividualDetails,
  RegistrationInput,
  Representative,
  RepresentativeInput,
} from './customer.types.js';
import { assertUniquePartTypes } from './contact-update.js';
import type { CustomerRegistered } from './events/customer-registered.event.js';
import { assertUniqueTypes } from './merge-by-type.js';
import { parsePerson } from './person-registration.js';
import { parseAddresses } from './value-objects/address.value-object.js';
import { at, checkText, compact, FieldErrors } from './value-objects/field-errors.js';
import { parsePhones } from './value-objects/phone.value-object.js';

type RegistrationData = CustomerRegistered['data'];

const isGiven = (id: string | undefined): id is string => id !== undefined && id !== '';

function individual(customer: IndividualDetails, today: string): IndividualDetails {
  assertUniquePartTypes(customer, 'customer');
  const errors = new FieldErrors();
  const parsed = parsePerson(errors, customer, 'customer', today);
  errors.throwIfAny();
  return parsed;
}

function businessDetails(errors: FieldErrors, customer: BusinessDetails): BusinessDetails {
  checkText(errors, customer.businessName, 'customer.businessName', { required: true });
  checkText(errors, customer.businessFederalEin, 'customer.businessFederalEin', {
    required: false,
  });
  return compact({
    businessName: customer.businessName,
    businessFederalEin: customer.businessFederalEin,
    businessAddresses:
      parseAddresses(errors, customer.businessAddresses, 'customer.businessAddresses') ?? [],
    businessPhones: parsePhones(errors, customer.businessPhones, 'customer.businessPhones') ?? [],
  });
}

function representative(
  errors: FieldErrors,
  rep: RepresentativeInput,
  prefix: string,
  today: string,
): Omit<Representative, 'id'> {
  const kind = rep.businessRepresentativeType;
  checkText(errors, kind, at(prefix, 'businessRepresentativeType'), { required: false });
  return compact({ ...parsePerson(errors, rep, prefix, today), businessRepresentativeType: kind });
}

function business(
  customer: BusinessDetails,
  reps: readonly RepresentativeInput[],
  today: string,
  ids: IdGenerator,
): { customer: BusinessDetails; businessRepresentatives: Representative[] } {
  assertUniqueTypes(customer.businessAddresses, 'address', 'customer.businessAddresses');
  assertUniqueTypes(customer.businessPhones, 'phone', 'customer.businessPhones');
  reps.forEach((rep, i) => assertUniquePartTypes(rep, `businessRepresentatives[${i}]`));
  const errors = new FieldErrors();
  const details = businessDetails(errors, customer);
  const parsed = reps.map((rep, i) => {
    const prefix = `businessRepresentatives[${i}]`;
    if (isGiven(rep.id) && reps.findIndex((other) => other.id === rep.id) !== i) {
      errors.add(at(prefix, 'id'), 'must not repeat a representative');
    }
    return representative(errors, rep, prefix, today);
  });
  errors.throwIfAny();
  const withIds = parsed.map((rep, i) => {
    const given = reps[i]?.id;
    return { id: isGiven(given) ? given : ids.representativeId(), ...rep };
  });
  return { customer: details, businessRepresentatives: withIds };
}

/**
 * The data of CustomerRegistered: duplicate types are refused first, then every format failure of
 * the whole input is reported at once; the customer id and missing representative ids are
 * generated, emails trimmed, absent optional fields left out.
 *
 * @throws DuplicateTypeError, ValidationFailedError
 */
export function registrationData(
  input: RegistrationInput,
  today: string,
  ids: IdGenerator,
): RegistrationData {
  const customerId = isGiven(input.customerId) ? input.customerId : ids.customerId();
  const common = { customerId, reference: input.reference ?? null };
  if (input.customerType === 'individual') {
    return { ...common, customerType: 'individual', customer: individual(input.customer, today) };
  }
  const parts = business(input.customer, input.businessRepresentatives ?? [], today, ids);
  return { ...common, customerType: 'business', ...parts };
}
