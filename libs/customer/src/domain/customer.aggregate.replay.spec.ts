import {
  aBusiness,
  anAddress,
  anIndividual,
  aPhone,
  failureOf,
  FixedClock,
  registered,
  SequentialIds,
} from '@app/testing';
import { Customer } from './customer.aggregate.js';
import { EventNotApplicableError } from './errors/event-stream.errors.js';
import type { CustomerEvent } from './events/customer.event.js';

/**
 * A broken stream is a plain Error, not a DomainError, so it has no code: the class, the event it
 * refused and the reason tell one refusal from another.
 */
function expectNotApplicable(run: () => unknown, eventType: string, reason: string): void {
  const error = failureOf(run);
  expect(error).toBeInstanceOf(EventNotApplicableError);
  expect(error).toMatchObject({ eventType, message: `${eventType} cannot be applied: ${reason}` });
}

describe('Customer replay, versions and claims', () => {
  it('fromEvents of every recorded event deep-equals the live state', () => {
    const clock = new FixedClock();
    const live = Customer.register(anIndividual(), clock, new SequentialIds());
    clock.advance();
    live.updateContact({ email: 'x@y.z', phones: [aPhone({ type: 'LANDLINE' })] });
    clock.advance();
    live.changePersonalDetails({ lastName: 'Other', middleName: 'M' });
    live.mergePrimaryAddress({ city: 'Abuja' });
    const events = live.pullPendingEvents();
    expect(Customer.fromEvents(events, clock).state).toStrictEqual(live.state);
    expect(live.state.updatedAt).toBe(clock.now());
    expect(live.state.createdAt).toBe('2026-11-21T10:30:00.000Z');
  });

  it('counts one version per event', () => {
    const live = Customer.fromEvents(registered(anIndividual()), new FixedClock());
    expect(live.version).toBe(1);
    live.updateContact({
      addresses: [anAddress({ type: 'SECONDARY' }), anAddress({ city: 'Elsewhere' })],
    });
    expect(live.version).toBe(3);
    expect(live.pullPendingEvents()).toHaveLength(2);
    expect(live.pullPendingEvents()).toEqual([]);
  });

  it('fromState continues from the stored version and records only new events', () => {
    const state = Customer.fromEvents(registered(aBusiness()), new FixedClock()).state;
    const customer = Customer.fromState(state, new FixedClock('2027-01-01T00:00:00.000Z'));
    customer.updateContact({ businessPhones: [aPhone({ type: 'LANDLINE' })] });
    const [event] = customer.pullPendingEvents();
    expect(event?.occurredAt).toBe('2027-01-01T00:00:00.000Z');
    expect(customer.state).toMatchObject({ version: 2, updatedAt: '2027-01-01T00:00:00.000Z' });
  });

  it('refuses an empty stream and an event that cannot follow the state', () => {
    const clock = new FixedClock();
    expectNotApplicable(
      () => Customer.fromEvents([], clock),
      'CustomerRegistered',
      'the stream is empty',
    );
    const [registration] = registered(aBusiness());
    const email: CustomerEvent = {
      type: 'EmailChanged',
      schemaVersion: 1,
      occurredAt: clock.now(),
      data: { from: null, to: 'a@b.c' },
    };
    expectNotApplicable(
      () => Customer.fromEvents([registration!, email], clock),
      'EmailChanged',
      'it applies to individual customers only',
    );
    expectNotApplicable(
      () => Customer.fromEvents([registration!, registration!], clock),
      'CustomerRegistered',
      'the customer is already registered',
    );
  });

  it('claims the email key case-insensitively and the mobile key without leading zeros', () => {
    const input = anIndividual({
      email: ' Jane@Example.COM',
      phones: [aPhone({ countryDialingCode: '001', phoneNumber: '5550001' })],
    });
    const customer = Customer.fromEvents(registered(input), new FixedClock());
    expect(customer.claimedContacts()).toStrictEqual({
      email: 'email:jane@example.com',
      mobile: 'mobile:+15550001',
    });
  });

  it('claims only what an individual has: no email, no MOBILE phone', () => {
    const input = anIndividual({ email: undefined, phones: [aPhone({ type: 'LANDLINE' })] });
    expect(
      Customer.fromEvents(registered(input), new FixedClock()).claimedContacts(),
    ).toStrictEqual({});
  });

  it('claims nothing for a business, whatever its representatives hold', () => {
    const customer = Customer.fromEvents(
      registered(aBusiness({ businessPhones: [aPhone()] })),
      new FixedClock(),
    );
    expect(customer.claimedContacts()).toStrictEqual({});
  });
});
