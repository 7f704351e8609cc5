import type { Address, Phone } from './customer.types.js';
import type { CustomerChange } from './customer-change.js';
import { changesByType } from './merge-by-type.js';
import { ADDRESS_TYPES } from './value-objects/address.value-object.js';
import { PHONE_TYPES } from './value-objects/phone.value-object.js';

/** EmailChanged unless the (already trimmed) email is the stored one, character for character. */
export function emailChanges(current: string | undefined, email: string): CustomerChange[] {
  if (current === email) return [];
  return [{ type: 'EmailChanged', data: { from: current ?? null, to: email } }];
}

/**
 * One event per changed phone type, MOBILE first. An individual's MOBILE is its claimed contact
 * and gets its own event (MobileChanged); any other phone, and every business phone, is a
 * PhoneChanged.
 */
export function phoneChanges(
  current: readonly Phone[],
  incoming: readonly Phone[],
  mobileIsClaimed: boolean,
): CustomerChange[] {
  return changesByType(current, incoming, PHONE_TYPES).map(({ type, from, to }): CustomerChange =>
    type === 'MOBILE' && mobileIsClaimed
      ? { type: 'MobileChanged', data: { from, to } }
      : { type: 'PhoneChanged', data: { phoneType: type, from, to } },
  );
}

/** One AddressChanged per changed address type, PRIMARY before SECONDARY. */
export function addressChanges(
  current: readonly Address[],
  incoming: readonly Address[],
): CustomerChange[] {
  return changesByType(current, incoming, ADDRESS_TYPES).map(({ type, from, to }) => ({
    type: 'AddressChanged',
    data: { addressType: type, from, to },
  }));
}
