import fc from 'fast-check';
import {
  aBusiness,
  anAddress,
  anIndividual,
  aPhone,
  FixedClock,
  SequentialIds,
} from '@app/testing';
import { Customer } from './customer.aggregate.js';
import type { Address, AddressType, Phone, PhoneType } from './customer.types.js';
import type { CustomerEvent } from './events/customer.event.js';
import { Email } from './value-objects/email.value-object.js';
import { MobileNumber } from './value-objects/mobile-number.value-object.js';

type Command = (customer: Customer) => void;

// Small pools so that sequences often repeat a value and hit the no-op path too.
const phoneType = fc.constantFrom<PhoneType>('MOBILE', 'LANDLINE', 'PRIMARY');
const addressType = fc.constantFrom<AddressType>('PRIMARY', 'SECONDARY');
const digits = fc.constantFrom('5550001', '5550002', '1234567890');
const dialingCode = fc.option(fc.constantFrom('1', '01', '234'), { nil: undefined });
const city = fc.constantFrom('Harrisburg', 'Abuja', 'Lagos');
const email = fc.constantFrom('a@x.io', 'A@x.io', 'b@y.io');

const phone: fc.Arbitrary<Phone> = fc
  .record({ type: phoneType, phoneNumber: digits, countryDialingCode: dialingCode })
  .map((p) => aPhone(p));
const address: fc.Arbitrary<Address> = fc
  .record({ type: addressType, city, addressLine2: fc.constantFrom('apt 1', null, undefined) })
  .map((a) => anAddress(a));
const uniqueByType = <T extends { type: string }>(item: fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  fc.uniqueArray(item, { minLength: 1, maxLength: 3, selector: (entry) => entry.type });

const individualCommand: fc.Arbitrary<Command> = fc.oneof(
  email.map(
    (value): Command =>
      (c) =>
        c.changeEmail(Email.parse(value, 'email')),
  ),
  fc.record({ phoneNumber: digits, countryDialingCode: dialingCode }).map(
    (p): Command =>
      (c) =>
        c.replaceMobile(MobileNumber.fromPhone(p)),
  ),
  uniqueByType(phone).map(
    (phones): Command =>
      (c) =>
        c.updateContact({ phones }),
  ),
  uniqueByType(address).map(
    (addresses): Command =>
      (c) =>
        c.updateContact({ addresses }),
  ),
  fc
    .record({
      city: fc.option(city, { nil: undefined }),
      stateCode: fc.option(fc.constantFrom('PA', 'FCT'), { nil: undefined }),
    })
    .map(
      (patch): Command =>
        (c) =>
          c.mergePrimaryAddress(patch),
    ),
  fc
    .record({
      firstName: fc.constantFrom('Ann', 'Bo'),
      middleName: fc.option(fc.constantFrom('Q', 'R'), { nil: undefined }),
    })
    .map(
      (patch): Command =>
        (c) =>
          c.changePersonalDetails(patch),
    ),
  fc.record({ email, phones: uniqueByType(phone), addresses: uniqueByType(address) }).map(
    (update): Command =>
      (c) =>
        c.updateContact(update),
  ),
);

const businessCommand: fc.Arbitrary<Command> = fc.oneof(
  uniqueByType(phone).map(
    (businessPhones): Command =>
      (c) =>
        c.updateContact({ businessPhones }),
  ),
  uniqueByType(address).map(
    (businessAddresses): Command =>
      (c) =>
        c.updateContact({ businessAddresses }),
  ),
  fc.record({ email, phones: uniqueByType(phone) }).map(
    (change): Command =>
      (c) =>
        c.updateContact({ businessRepresentatives: [{ id: 'rep_principal', ...change }] }),
  ),
  fc
    .record({
      businessAddresses: uniqueByType(address),
      businessRepresentatives: fc.constant([{ id: 'rep_principal', email: 'r@x.io' }]),
    })
    .map(
      (update): Command =>
        (c) =>
          c.updateContact(update),
    ),
);

function run(input: Parameters<typeof Customer.register>[0], commands: readonly Command[]): void {
  const clock = new FixedClock();
  const live = Customer.register(input, clock, new SequentialIds());
  const events: CustomerEvent[] = live.pullPendingEvents();
  for (const command of commands) {
    clock.advance();
    command(live);
    events.push(...live.pullPendingEvents());
  }
  expect(Customer.fromEvents(events, clock).state).toStrictEqual(live.state);
  expect(live.version).toBe(events.length);
  expect(JSON.parse(JSON.stringify(live.state))).toStrictEqual(live.state);
}

describe('Customer replay property', () => {
  it('rebuilds an individual from its events, one version per event', () => {
    fc.assert(
      fc.property(fc.array(individualCommand, { maxLength: 12 }), (commands) =>
        run(anIndividual(), commands),
      ),
    );
  });

  it('rebuilds a business from its events, one version per event', () => {
    fc.assert(
      fc.property(fc.array(businessCommand, { maxLength: 12 }), (commands) =>
        run(aBusiness(), commands),
      ),
    );
  });
});
