import type {
  BusinessDetails,
  CustomerState,
  IndividualDetails,
  Representative,
} from './customer.types.js';
import { EventNotApplicableError } from './errors/event-stream.errors.js';
import type {
  CustomerEvent,
  CustomerRegistered,
  RepresentativeContactChanged,
} from './events/customer.event.js';
import { mergeByType, setByType } from './merge-by-type.js';
import { compact } from './value-objects/field-errors.js';

type IndividualState = Extract<CustomerState, { customerType: 'individual' }>;
type BusinessState = Extract<CustomerState, { customerType: 'business' }>;

function registered(state: CustomerState | undefined, event: CustomerRegistered): CustomerState {
  if (state) throw new EventNotApplicableError(event.type, 'the customer is already registered');
  const at = { version: 0, createdAt: event.occurredAt, updatedAt: event.occurredAt };
  return { ...event.data, ...at };
}

function registeredState(state: CustomerState | undefined, event: CustomerEvent): CustomerState {
  if (!state) throw new EventNotApplicableError(event.type, 'the customer is not registered');
  return state;
}

function individual(
  previous: CustomerState | undefined,
  event: CustomerEvent,
  change: (customer: IndividualDetails) => IndividualDetails,
): IndividualState {
  const state = registeredState(previous, event);
  if (state.customerType !== 'individual') {
    throw new EventNotApplicableError(event.type, 'it applies to individual customers only');
  }
  return { ...state, customer: change(state.customer) };
}

function business(
  previous: CustomerState | undefined,
  event: CustomerEvent,
  change: (
    state: BusinessState,
  ) => Partial<Pick<BusinessState, 'customer' | 'businessRepresentatives'>>,
): BusinessState {
  const state = registeredState(previous, event);
  if (state.customerType !== 'business') {
    throw new EventNotApplicableError(event.type, 'it applies to business customers only');
  }
  return { ...state, ...change(state) };
}

/** PhoneChanged and AddressChanged land in the individual's lists or the business's. */
function contactList(
  previous: CustomerState | undefined,
  event: CustomerEvent,
  onIndividual: (customer: IndividualDetails) => IndividualDetails,
  onBusiness: (customer: BusinessDetails) => BusinessDetails,
): CustomerState {
  const state = registeredState(previous, event);
  return state.customerType === 'individual'
    ? { ...state, customer: onIndividual(state.customer) }
    : { ...state, customer: onBusiness(state.customer) };
}

function representativeContact(
  state: BusinessState,
  event: RepresentativeContactChanged,
): Representative[] {
  const { representativeId, to } = event.data;
  if (!state.businessRepresentatives.some((rep) => rep.id === representativeId)) {
    throw new EventNotApplicableError(event.type, `no representative ${representativeId}`);
  }
  return state.businessRepresentatives.map((rep) => {
    if (rep.id !== representativeId) return rep;
    const email = to.email === undefined ? rep.email : (to.email ?? undefined);
    return compact({
      ...rep,
      email,
      addresses: mergeByType(rep.addresses, to.addresses ?? []),
      phones: mergeByType(rep.phones, to.phones ?? []),
    });
  });
}

function evolve(state: CustomerState | undefined, event: CustomerEvent): CustomerState {
  switch (event.type) {
    case 'CustomerRegistered':
      return registered(state, event);
    case 'EmailChanged':
      return individual(state, event, (c) => compact({ ...c, email: event.data.to ?? undefined }));
    case 'MobileChanged':
      return individual(state, event, (c) => ({
        ...c,
        phones: setByType(c.phones, 'MOBILE', event.data.to),
      }));
    case 'PhoneChanged': {
      const { phoneType, to } = event.data;
      return contactList(
        state,
        event,
        (c) => ({ ...c, phones: setByType(c.phones, phoneType, to) }),
        (c) => ({ ...c, businessPhones: setByType(c.businessPhones, phoneType, to) }),
      );
    }
    case 'AddressChanged': {
      const { addressType, to } = event.data;
      return contactList(
        state,
        event,
        (c) => ({ ...c, addresses: setByType(c.addresses, addressType, to) }),
        (c) => ({ ...c, businessAddresses: setByType(c.businessAddresses, addressType, to) }),
      );
    }
    case 'PersonalDetailsChanged':
      return individual(state, event, (c) => compact({ ...c, ...event.data.to }));
    case 'RepresentativeContactChanged':
      return business(state, event, (s) => ({
        businessRepresentatives: representativeContact(s, event),
      }));
    default:
      return assertNever(event);
  }
}

function assertNever(event: never): never {
  throw new EventNotApplicableError(
    (event as { type?: string }).type ?? 'unknown',
    'unknown event type',
  );
}

/**
 * The only place state changes: folds one event into the state, for live commands and replays
 * alike. Every event moves `version` by one and sets `updatedAt` to when it occurred.
 *
 * @throws EventNotApplicableError when the event cannot follow the state (a corrupted stream)
 */
export function apply(state: CustomerState | undefined, event: CustomerEvent): CustomerState {
  const next = evolve(state, event);
  return { ...next, version: next.version + 1, updatedAt: event.occurredAt };
}
