import type {
  Address,
  CustomerState,
  CustomerType,
  PersonalDetails,
  Phone,
  Representative,
} from './customer.types.js';
import {
  FieldNotAllowedForCustomerTypeError,
  RepresentativeNotFoundError,
} from './errors/customer.errors.js';
import { assertUniqueTypes } from './merge-by-type.js';
import { parsePersonalDetailsUpdate } from './personal-details-update.js';
import type { ContactParts } from './representative-changes.js';
import { parseAddresses } from './value-objects/address.value-object.js';
import { Email } from './value-objects/email.value-object.js';
import { at, compact, FieldErrors } from './value-objects/field-errors.js';
import { parsePhones } from './value-objects/phone.value-object.js';

export type { ContactParts };

/** One item of connectFi's `businessRepresentatives`. */
export interface RepresentativeContactUpdate extends ContactParts {
  readonly id: string;
}

/**
 * The connectFi `/customer/update` shape (API.md §4.1): `customer` plus representatives. Condor's
 * flat body (§4.2) also changes an individual's names, gender and date of birth, through
 * `personalDetails`, so that its whole request is decided in one all-or-nothing call.
 */
export interface ContactUpdate {
  readonly personalDetails?: Partial<PersonalDetails>;
  readonly email?: string;
  readonly addresses?: readonly Address[];
  readonly phones?: readonly Phone[];
  readonly businessAddresses?: readonly Address[];
  readonly businessPhones?: readonly Phone[];
  readonly businessRepresentatives?: readonly RepresentativeContactUpdate[];
}

const FIELDS = [
  'personalDetails',
  'email',
  'addresses',
  'phones',
  'businessAddresses',
  'businessPhones',
  'businessRepresentatives',
] as const;

const ALLOWED: Record<CustomerType, readonly (keyof ContactUpdate)[]> = {
  individual: ['personalDetails', 'email', 'addresses', 'phones'],
  business: ['businessAddresses', 'businessPhones', 'businessRepresentatives'],
};

/** Field paths as in the wire body: `customer.*` and `businessRepresentatives[i].*`. */
const CUSTOMER = 'customer';
const representativePath = (index: number): string => `businessRepresentatives[${index}]`;

/** @throws FieldNotAllowedForCustomerTypeError naming the first field of the other type */
export function assertFieldsAllowed(update: ContactUpdate, customerType: CustomerType): void {
  const field = FIELDS.find(
    (name) => update[name] !== undefined && !ALLOWED[customerType].includes(name),
  );
  if (field) throw new FieldNotAllowedForCustomerTypeError(field, customerType);
}

/** Addresses before phones, the customer's arrays before each representative's. */
export function assertUniqueTypesIn(update: ContactUpdate): void {
  assertUniqueTypes(update.addresses, 'address', at(CUSTOMER, 'addresses'));
  assertUniqueTypes(update.phones, 'phone', at(CUSTOMER, 'phones'));
  assertUniqueTypes(update.businessAddresses, 'address', at(CUSTOMER, 'businessAddresses'));
  assertUniqueTypes(update.businessPhones, 'phone', at(CUSTOMER, 'businessPhones'));
  update.businessRepresentatives?.forEach((rep, i) =>
    assertUniquePartTypes(rep, representativePath(i)),
  );
}

export function assertUniquePartTypes(parts: ContactParts, prefix: string): void {
  assertUniqueTypes(parts.addresses, 'address', at(prefix, 'addresses'));
  assertUniqueTypes(parts.phones, 'phone', at(prefix, 'phones'));
}

/** @throws RepresentativeNotFoundError for the first id the customer does not have */
export function findRepresentative(
  representatives: readonly Representative[],
  id: string,
): Representative {
  const found = representatives.find((rep) => rep.id === id);
  if (!found) throw new RepresentativeNotFoundError(id);
  return found;
}

/** Checks the formats of email, addresses and phones into `errors`; returns them normalised. */
export function parseContactParts(
  errors: FieldErrors,
  parts: ContactParts,
  prefix: string,
): ContactParts {
  const email = parts.email;
  return compact({
    email:
      email === undefined
        ? undefined
        : errors.attempt(() => Email.parse(email, at(prefix, 'email')).value, email),
    addresses: parseAddresses(errors, parts.addresses, at(prefix, 'addresses')),
    phones: parsePhones(errors, parts.phones, at(prefix, 'phones')),
  });
}

function parseRepresentatives(
  errors: FieldErrors,
  reps: readonly RepresentativeContactUpdate[] | undefined,
): RepresentativeContactUpdate[] | undefined {
  return reps?.map((rep, i) => {
    // A second entry for one representative would make "one event per representative" ambiguous.
    if (reps.findIndex((other) => other.id === rep.id) !== i) {
      errors.add(at(representativePath(i), 'id'), 'must not repeat a representative');
    }
    return { id: rep.id, ...parseContactParts(errors, rep, representativePath(i)) };
  });
}

/**
 * Every check of `updateContact`, in the contract's order, before anything changes: fields
 * allowed for the type, duplicate types, unknown representatives, then all formats at once.
 * `today` bounds a date of birth.
 */
export function validateContactUpdate(
  state: CustomerState,
  update: ContactUpdate,
  today: string,
): ContactUpdate {
  assertFieldsAllowed(update, state.customerType);
  assertUniqueTypesIn(update);
  if (state.customerType === 'business') {
    update.businessRepresentatives?.forEach((rep) =>
      findRepresentative(state.businessRepresentatives, rep.id),
    );
  }
  const errors = new FieldErrors();
  const customer = parseContactParts(errors, update, CUSTOMER);
  const normalised: ContactUpdate = compact({
    personalDetails: parsePersonalDetailsUpdate(errors, update.personalDetails, CUSTOMER, today),
    ...customer,
    businessAddresses: parseAddresses(
      errors,
      update.businessAddresses,
      at(CUSTOMER, 'businessAddresses'),
    ),
    businessPhones: parsePhones(errors, update.businessPhones, at(CUSTOMER, 'businessPhones')),
    businessRepresentatives: parseRepresentatives(errors, update.businessRepresentatives),
  });
  errors.throwIfAny();
  return normalised;
}
