import type { Address, Phone, Representative } from './customer.types.js';
import type { CustomerChange } from './customer-change.js';
import type { RepresentativeContact } from './events/representative-contact-changed.event.js';
import { changesByType } from './merge-by-type.js';
import { ADDRESS_TYPES } from './value-objects/address.value-object.js';
import { PHONE_TYPES } from './value-objects/phone.value-object.js';

/** The contact parts of one representative that a request may change. */
export interface ContactParts {
  readonly email?: string;
  readonly addresses?: readonly Address[];
  readonly phones?: readonly Phone[];
}

type Contact = { -readonly [K in keyof RepresentativeContact]: RepresentativeContact[K] };

/**
 * One RepresentativeContactChanged with only the parts that change. For addresses and phones,
 * `to` lists the new item of every changed type and `from` the items they replace (a new type
 * has none there), so applying `to` with the §4.1 merge gives the new state.
 */
export function representativeChanges(rep: Representative, change: ContactParts): CustomerChange[] {
  const from: Contact = {};
  const to: Contact = {};
  if (change.email !== undefined && change.email !== rep.email) {
    from.email = rep.email ?? null;
    to.email = change.email;
  }
  const addresses = changesByType(rep.addresses, change.addresses ?? [], ADDRESS_TYPES);
  if (addresses.length > 0) {
    from.addresses = addresses.flatMap((entry) => (entry.from ? [entry.from] : []));
    to.addresses = addresses.map((entry) => entry.to);
  }
  const phones = changesByType(rep.phones, change.phones ?? [], PHONE_TYPES);
  if (phones.length > 0) {
    from.phones = phones.flatMap((entry) => (entry.from ? [entry.from] : []));
    to.phones = phones.map((entry) => entry.to);
  }
  if (Object.keys(to).length === 0) return [];
  return [{ type: 'RepresentativeContactChanged', data: { representativeId: rep.id, from, to } }];
}
