import type { CustomerState } from './customer.types.js';
import { emailKey } from './value-objects/email.value-object.js';
import { mobileKey } from './value-objects/mobile-number.value-object.js';

/** Normalised contact keys (`email:<lowercase>`, `mobile:+<cc><number>`) a customer holds. */
export interface ClaimedContactKeys {
  readonly email?: string;
  readonly mobile?: string;
}

/**
 * The contacts that must be unique across customers (API.md §7): an individual's email and MOBILE
 * phone. Business customers and their representatives claim nothing.
 */
export function claimedContactsOf(state: CustomerState): ClaimedContactKeys {
  if (state.customerType !== 'individual') return {};
  const { email, phones } = state.customer;
  const mobile = phones.find((phone) => phone.type === 'MOBILE');
  return {
    ...(email !== undefined ? { email: emailKey(email) } : {}),
    ...(mobile ? { mobile: mobileKey(mobile) } : {}),
  };
}
