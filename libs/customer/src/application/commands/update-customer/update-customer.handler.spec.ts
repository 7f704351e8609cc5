import {
  aBusiness,
  aCommandMetadata,
  anAddress,
  anIndividual,
  aPhone,
  expectRejection,
  inMemoryCustomers,
} from '@app/testing';
import type { ContactUpdate } from '../../../domain/contact-update.js';
import { UpdateCustomerCommand } from './update-customer.command.js';
import { UpdateCustomerHandler } from './update-customer.handler.js';

function setUp() {
  const world = inMemoryCustomers();
  world.store.register(anIndividual({ customerId: 'cust_1' }));
  const handler = new UpdateCustomerHandler(world.runner);
  const run = (update: ContactUpdate, expectedVersion?: number) =>
    handler.execute(
      new UpdateCustomerCommand(
        'cust_1',
        update,
        aCommandMetadata({ source: 'connectfi' }),
        expectedVersion,
      ),
    );
  return { ...world, run };
}

describe('UpdateCustomerHandler', () => {
  it('merges arrays by type and records one event per changed aspect', async () => {
    const { run, store } = setUp();
    const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
    const secondary = anAddress({ type: 'SECONDARY', addressLine1: '9 Side St' });
    const outcome = await run({
      email: 'new@example.com',
      phones: [landline],
      addresses: [secondary],
    });
    expect(outcome).toMatchObject({ outcome: 'accepted', appended: 3 });
    expect(store.saved[0]?.events.map((e) => e.type)).toEqual([
      'EmailChanged',
      'PhoneChanged',
      'AddressChanged',
    ]);
    expect(store.saved[0]?.metadata).toMatchObject({
      commandName: 'UpdateCustomerCommand',
      source: 'connectfi',
    });
    const customer =
      outcome.state.customerType === 'individual' ? outcome.state.customer : undefined;
    expect(customer?.phones.map((p) => p.type)).toEqual(['MOBILE', 'PRIMARY', 'LANDLINE']);
    expect(customer?.addresses).toEqual([anAddress(), secondary]);
  });

  it('is a no-op when every value equals the stored one', async () => {
    const { run } = setUp();
    await expect(run({ phones: [aPhone()], addresses: [anAddress()] })).resolves.toMatchObject({
      outcome: 'noop',
      appended: 0,
    });
  });

  it('refuses a business field on an individual and two items of one type', async () => {
    const { run, store } = setUp();
    await expectRejection(run({ businessPhones: [aPhone()] }), {
      code: 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
      fields: ['businessPhones'],
      matching: { customerType: 'individual' },
    });
    await expectRejection(run({ phones: [aPhone(), aPhone()] }), {
      code: 'DUPLICATE_TYPE',
      fields: ['customer.phones'],
      matching: { kind: 'phone' },
    });
    expect(store.saved).toEqual([]);
  });
});

describe('UpdateCustomerHandler for a surface that serves individuals only (condor)', () => {
  it('refuses a business as such before looking at its fields, and writes nothing', async () => {
    const world = inMemoryCustomers();
    world.store.register(aBusiness({ customerId: 'cust_b' }));
    const handler = new UpdateCustomerHandler(world.runner);
    const command = new UpdateCustomerCommand(
      'cust_b',
      { email: 'x@y.io' },
      aCommandMetadata({ source: 'condor' }),
      undefined,
      true,
    );
    await expectRejection(handler.execute(command), {
      code: 'CUSTOMER_TYPE_NOT_SUPPORTED',
      matching: { customerType: 'business' },
    });
    expect(world.store.saved).toEqual([]);
  });

  it('changes an individual’s names with its contacts in one command', async () => {
    const world = inMemoryCustomers();
    world.store.register(anIndividual({ customerId: 'cust_1' }));
    const handler = new UpdateCustomerHandler(world.runner);
    const update = { personalDetails: { lastName: 'Testman' }, email: 'bb@bb.be' };
    const meta = aCommandMetadata({ source: 'condor' });
    const outcome = await handler.execute(
      new UpdateCustomerCommand('cust_1', update, meta, undefined, true),
    );
    expect(outcome).toMatchObject({ outcome: 'accepted', appended: 2 });
    expect(world.store.saved[0]?.events.map((e) => e.type)).toEqual([
      'EmailChanged',
      'PersonalDetailsChanged',
    ]);
    expect(world.store.saved[0]?.metadata).toMatchObject({ source: 'condor' });
  });
});
