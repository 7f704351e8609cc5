export * from './customer.aggregate.js';
export * from './customer.types.js';
export * from './events/customer.event.js';
export type { RepresentativeContact } from './events/representative-contact-changed.event.js';
export * from './errors/customer.errors.js';
export * from './errors/contact.errors.js';
export * from './errors/event-stream.errors.js';
export type { ClaimedContactKeys } from './contact-claims.js';
export type { ContactParts, RepresentativeContactUpdate } from './contact-update.js';
export { apply as applyCustomerEvent } from './customer-apply.js';
export { emailKey, parseEmail, EMAIL_MAX_LENGTH } from './value-objects/email.value-object.js';
export {
  mobileKey,
  parsePhoneNumber,
  type PhoneNumber,
} from './value-objects/phone.value-object.js';
export { isCountryCodeA3, parseCountryCode } from './value-objects/country-code.value-object.js';
export { parseCalendarDate, todayOf } from './value-objects/calendar-date.value-object.js';
export type { AddressFields } from './value-objects/address.value-object.js';
export * from './errors/verification.errors.js';
export { parseCountry } from './value-objects/country.value-object.js';
export { parseE164, parsePhoneText, toE164 } from './value-objects/phone-text.value-object.js';
