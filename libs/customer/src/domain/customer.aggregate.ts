import type { Clock, IdGenerator } from '@app/core';
import { claimedContactsOf, type ClaimedContactKeys } from './contact-claims.js';
import { addressChanges, emailChanges, phoneChanges } from './contact-changes.js';
import { contactUpdateChanges } from './contact-update-changes.js';
import { validateContactUpdate, type ContactUpdate } from './contact-update.js';
import { apply } from './customer-apply.js';
import { individualOf } from './customer-guards.js';
import { stamp, type CustomerChange } from './customer-change.js';
import { registrationData } from './customer-registration.js';
import type {
  CustomerState,
  CustomerType,
  PersonalDetails,
  RegistrationInput,
} from './customer.types.js';
import { CustomerTypeNotSupportedError } from './errors/customer.errors.js';
import { EventNotApplicableError } from './errors/event-stream.errors.js';
import type { CustomerEvent } from './events/customer.event.js';
import { personalDetailsChanges } from './personal-details-changes.js';
import { patchedPrimaryAddress } from './primary-address.js';
import type { AddressFields } from './value-objects/address.value-object.js';
import { todayOf } from './value-objects/calendar-date.value-object.js';
import type { Email } from './value-objects/email.value-object.js';
import type { MobileNumber } from './value-objects/mobile-number.value-object.js';
import { parsePersonalDetailsPatch } from './value-objects/personal-details.value-object.js';

export type { ContactUpdate };

/**
 * One customer's consistency boundary. Methods check the rules, then record one event per changed
 * aspect (API.md §8); state changes only through {@link apply}, so a replay of the recorded events
 * rebuilds exactly the live state. A value equal to the stored one records nothing.
 *
 * Every change method is all or nothing and throws, in this order:
 * FieldNotAllowedForCustomerTypeError (a method of the other customer type), DuplicateTypeError
 * (two list items of one type), RepresentativeNotFoundError, then one ValidationFailedError
 * listing every bad field.
 */
export class Customer {
  private pending: CustomerEvent[] = [];

  private constructor(
    private current: CustomerState,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks every value (all failing fields in one error), generates missing ids, records
   * CustomerRegistered (version 1). @throws DuplicateTypeError, ValidationFailedError
   */
  static register(input: RegistrationInput, clock: Clock, ids: IdGenerator): Customer {
    const data = registrationData(input, todayOf(clock), ids);
    const event = stamp({ type: 'CustomerRegistered', data }, clock.now());
    const customer = new Customer(apply(undefined, event), clock);
    customer.pending.push(event);
    return customer;
  }

  /** Loads the read model's row; the clock stamps the events later methods record. */
  static fromState(state: CustomerState, clock: Clock): Customer {
    return new Customer(state, clock);
  }

  /** Folds the stream through the live `apply`. @throws EventNotApplicableError (empty/corrupt) */
  static fromEvents(events: readonly CustomerEvent[], clock: Clock): Customer {
    const [first, ...rest] = events;
    if (!first) throw new EventNotApplicableError('CustomerRegistered', 'the stream is empty');
    return new Customer(rest.reduce(apply, apply(undefined, first)), clock);
  }

  get state(): CustomerState {
    return this.current;
  }

  get id(): string {
    return this.current.customerId;
  }

  /** Stream position of the latest event, recorded ones included. */
  get version(): number {
    return this.current.version;
  }

  get customerType(): CustomerType {
    return this.current.customerType;
  }

  /** The events recorded since load or the last pull, oldest first; the list is then emptied. */
  pullPendingEvents(): CustomerEvent[] {
    const events = this.pending;
    this.pending = [];
    return events;
  }

  /** The contact keys this customer holds (API.md §7); `{}` for a business. */
  claimedContacts(): ClaimedContactKeys {
    return claimedContactsOf(this.current);
  }

  /** For surfaces serving individuals only (BPM, condor). @throws CustomerTypeNotSupportedError */
  assertIndividual(): void {
    if (this.current.customerType !== 'individual') {
      throw new CustomerTypeNotSupportedError(this.current.customerType);
    }
  }

  /**
   * EmailChanged. The same string records nothing; another casing is a change of the stored
   * value (its claim key stays the same).
   */
  changeEmail(email: Email): void {
    const customer = individualOf(this.current, 'email');
    this.record(emailChanges(customer.email, email.value));
  }

  /** MobileChanged for the individual's MOBILE phone, its claimed number. */
  replaceMobile(mobile: MobileNumber): void {
    const customer = individualOf(this.current, 'phones');
    this.record(phoneChanges(customer.phones, [mobile.toPhone()], true));
  }

  /**
   * BPM's fields merged one by one into the PRIMARY address. Creating one needs `addressLine1`,
   * `city` and `countryCodeA3` (`stateCode` may stay absent); field errors name the patch keys.
   */
  mergePrimaryAddress(patch: AddressFields): void {
    const customer = individualOf(this.current, 'addresses');
    const primary = customer.addresses.find((address) => address.type === 'PRIMARY');
    const address = patchedPrimaryAddress(primary, patch);
    this.record(addressChanges(customer.addresses, [address]));
  }

  /**
   * One PersonalDetailsChanged with only the changed fields; `from` leaves out a field that had
   * no value before.
   */
  changePersonalDetails(patch: Partial<PersonalDetails>): void {
    const customer = individualOf(this.current, Object.keys(patch)[0] ?? 'personalDetails');
    const parsed = parsePersonalDetailsPatch(patch, todayOf(this.clock));
    this.record(personalDetailsChanges(customer, parsed));
  }

  /**
   * connectFi `/customer/update` (API.md §4.1) and condor's flat body (§4.2, with
   * `personalDetails`), the one path for merging lists by type: an item replaces the stored
   * item of its type or adds it, types not sent stay. Every check runs over the whole request
   * before anything is recorded; field paths are `customer.*` and `businessRepresentatives[i].*`.
   * Events come as email, mobile, other phones, addresses, personal details, representatives.
   */
  updateContact(changes: ContactUpdate): void {
    const update = validateContactUpdate(this.current, changes, todayOf(this.clock));
    this.record(contactUpdateChanges(this.current, update));
  }

  private record(changes: readonly CustomerChange[]): void {
    if (changes.length === 0) return;
    // One command, one moment: every event of the call carries the same time.
    const occurredAt = this.clock.now();
    for (const change of changes) {
      const event = stamp(change, occurredAt);
      this.current = apply(this.current, event);
      this.pending.push(event);
    }
  }
}
