import { addressChanges, emailChanges, phoneChanges } from './contact-changes.js';
import { findRepresentative, type ContactUpdate } from './contact-update.js';
import type { CustomerChange } from './customer-change.js';
import type { CustomerState } from './customer.types.js';
import { personalDetailsChanges } from './personal-details-changes.js';
import { representativeChanges } from './representative-changes.js';

/**
 * What a validated `/customer/update` changes, in the contract's event order: email, mobile,
 * other phones, addresses, personal details (condor's names, gender, date of birth: one
 * PersonalDetailsChanged), then one event per representative in request order.
 */
export function contactUpdateChanges(
  state: CustomerState,
  update: ContactUpdate,
): CustomerChange[] {
  if (state.customerType === 'individual') {
    const { customer } = state;
    return [
      ...(update.email === undefined ? [] : emailChanges(customer.email, update.email)),
      ...phoneChanges(customer.phones, update.phones ?? [], true),
      ...addressChanges(customer.addresses, update.addresses ?? []),
      ...(update.personalDetails ? personalDetailsChanges(customer, update.personalDetails) : []),
    ];
  }
  const { customer, businessRepresentatives } = state;
  return [
    ...phoneChanges(customer.businessPhones, update.businessPhones ?? [], false),
    ...addressChanges(customer.businessAddresses, update.businessAddresses ?? []),
    ...(update.businessRepresentatives ?? []).flatMap((change) =>
      representativeChanges(findRepresentative(businessRepresentatives, change.id), change),
    ),
  ];
}
