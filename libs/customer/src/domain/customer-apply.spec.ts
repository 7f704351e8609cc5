import { aBusiness, anAddress, anIndividual, aPhone, registered } from '@app/testing';
import { apply } from './customer-apply.js';
import type { CustomerState } from './customer.types.js';
import type { CustomerEvent } from './events/customer.event.js';

const at = '2026-12-01T00:00:00.000Z';
const fold = (events: readonly CustomerEvent[]): CustomerState =>
  events.reduce<CustomerState | undefined>(apply, undefined) as CustomerState;
const individual = (): CustomerState => fold(registered(anIndividual()));
const business = (): CustomerState => fold(registered(aBusiness()));
const on = (
  state: CustomerState,
  event: Omit<CustomerEvent, 'schemaVersion' | 'occurredAt'>,
): CustomerState => apply(state, { ...event, schemaVersion: 1, occurredAt: at } as CustomerEvent);

describe('apply', () => {
  it('starts at version 1 with createdAt = updatedAt = the registration time', () => {
    const [registration] = registered(anIndividual());
    expect(apply(undefined, registration!)).toMatchObject({
      version: 1,
      createdAt: registration!.occurredAt,
      updatedAt: registration!.occurredAt,
    });
  });

  it('EmailChanged sets the email, and a null target removes it', () => {
    const changed = on(individual(), {
      type: 'EmailChanged',
      data: { from: 'abc123def4@test.test', to: 'n@x.io' },
    });
    expect(changed).toMatchObject({ version: 2, updatedAt: at, customer: { email: 'n@x.io' } });
    const removed = on(changed, { type: 'EmailChanged', data: { from: 'n@x.io', to: null } });
    expect(removed.customerType === 'individual' && Object.hasOwn(removed.customer, 'email')).toBe(
      false,
    );
  });

  it('MobileChanged replaces the MOBILE phone in place, keeping the other types', () => {
    const to = aPhone({ phoneNumber: '5550001' });
    const state = on(individual(), { type: 'MobileChanged', data: { from: aPhone(), to } });
    expect(state).toMatchObject({
      customer: { phones: [to, aPhone({ type: 'PRIMARY', phoneNumber: '1234567891' })] },
    });
  });

  it('PhoneChanged and AddressChanged add a new type after the existing ones', () => {
    const phone = aPhone({ type: 'LANDLINE' });
    const address = anAddress({ type: 'SECONDARY' });
    let state = on(individual(), {
      type: 'PhoneChanged',
      data: { phoneType: 'LANDLINE', from: null, to: phone },
    });
    state = on(state, {
      type: 'AddressChanged',
      data: { addressType: 'SECONDARY', from: null, to: address },
    });
    expect(state).toMatchObject({
      version: 3,
      customer: { phones: [aPhone(), expect.anything(), phone], addresses: [anAddress(), address] },
    });
  });

  it('PhoneChanged and AddressChanged on a business change its business lists', () => {
    const phone = aPhone();
    const address = anAddress({ type: 'PRIMARY', city: 'Erie' });
    let state = on(business(), {
      type: 'PhoneChanged',
      data: { phoneType: 'MOBILE', from: null, to: phone },
    });
    state = on(state, {
      type: 'AddressChanged',
      data: { addressType: 'PRIMARY', from: null, to: address },
    });
    expect(state).toMatchObject({
      customer: { businessPhones: [expect.anything(), phone], businessAddresses: [address] },
    });
  });

  it('a null target removes the item of that type', () => {
    const state = on(individual(), {
      type: 'AddressChanged',
      data: { addressType: 'PRIMARY', from: anAddress(), to: null },
    });
    expect(state).toMatchObject({ customer: { addresses: [] } });
  });

  it('PersonalDetailsChanged sets the changed fields and keeps the others', () => {
    const state = on(individual(), {
      type: 'PersonalDetailsChanged',
      data: { from: { firstName: 'Janice' }, to: { firstName: 'Jo', middleName: 'Q' } },
    });
    expect(state).toMatchObject({
      customer: { firstName: 'Jo', middleName: 'Q', lastName: 'Sample' },
    });
  });

  it('RepresentativeContactChanged sets the email and merges lists by type', () => {
    const landline = aPhone({ type: 'LANDLINE' });
    const state = on(business(), {
      type: 'RepresentativeContactChanged',
      data: {
        representativeId: 'rep_principal',
        from: { email: 'aa@aa.aa', phones: [] },
        to: { email: 'r@x.io', phones: [landline] },
      },
    });
    expect(state).toMatchObject({
      businessRepresentatives: [
        { email: 'r@x.io', phones: [aPhone(), landline], lastName: 'Kapsch' },
      ],
    });
  });
});
