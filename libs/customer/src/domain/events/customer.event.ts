import type { AddressChanged } from './address-changed.event.js';
import type { CustomerRegistered } from './customer-registered.event.js';
import type { EmailChanged } from './email-changed.event.js';
import type { MobileChanged } from './mobile-changed.event.js';
import type { PersonalDetailsChanged } from './personal-details-changed.event.js';
import type { PhoneChanged } from './phone-changed.event.js';
import type { RepresentativeContactChanged } from './representative-contact-changed.event.js';

export type {
  AddressChanged,
  CustomerRegistered,
  EmailChanged,
  MobileChanged,
  PersonalDetailsChanged,
  PhoneChanged,
  RepresentativeContactChanged,
};

/** Every event of a customer stream; `apply` switches over `type` exhaustively. */
export type CustomerEvent =
  | CustomerRegistered
  | EmailChanged
  | MobileChanged
  | PhoneChanged
  | AddressChanged
  | PersonalDetailsChanged
  | RepresentativeContactChanged;

export type CustomerEventType = CustomerEvent['type'];
