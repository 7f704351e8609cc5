import {
  aBusiness,
  aCommandMetadata,
  anAddress,
  anIndividual,
  aPhone,
  expectRejection,
  inMemoryCustomers,
} from '@app/testing';
import { UpdateContactCommand, type ContactChanges } from './update-contact.command.js';
import { UpdateContactHandler } from './update-contact.handler.js';

/** The seed's sample request (bpm-update-contact-command.txt). */
const SAMPLE: ContactChanges = {
  mobile: '+234 987 654 3210',
  email: 'newemail@example.com',
  addressLine1: '456 New Street, Apt 10C',
  city: 'Abuja',
  stateCode: 'FCT',
};

function setUp() {
  const world = inMemoryCustomers();
  world.store.register(anIndividual({ customerId: 'cust_1' }));
  const handler = new UpdateContactHandler(world.runner);
  const run = (changes: ContactChanges, customerId = 'cust_1', expectedVersion?: number) =>
    handler.execute(
      new UpdateContactCommand(customerId, changes, aCommandMetadata(), expectedVersion),
    );
  return { ...world, run };
}

describe('UpdateContactHandler', () => {
  it('applies the seed sample: email, the parsed MOBILE phone and the merged PRIMARY address', async () => {
    const { run, store } = setUp();
    const outcome = await run(SAMPLE);
    expect(outcome).toMatchObject({ outcome: 'accepted', appended: 3 });
    expect(outcome.state.version).toBe(4);
    const [change] = store.saved;
    expect(change?.events.map(({ type, data }) => ({ type, data }))).toEqual([
      { type: 'EmailChanged', data: { from: 'abc123def4@test.test', to: 'newemail@example.com' } },
      {
        type: 'MobileChanged',
        data: {
          from: aPhone(),
          to: { type: 'MOBILE', phoneNumber: '9876543210', countryDialingCode: '234' },
        },
      },
      {
        type: 'AddressChanged',
        data: {
          addressType: 'PRIMARY',
          from: anAddress(),
          to: anAddress({
            addressLine1: '456 New Street, Apt 10C',
            city: 'Abuja',
            stateCode: 'FCT',
          }),
        },
      },
    ]);
    expect(change?.metadata).toMatchObject({
      commandName: 'UpdateContactCommand',
      source: 'bpm',
      actor: { clientId: 'bpm_client' },
    });
  });

  it('stores a country given by name or alpha-2 code as alpha-3, and changes names in one event', async () => {
    const { run, store } = setUp();
    await run({ country: 'Nigeria', firstName: 'Ada', middleName: 'N' });
    expect(store.saved[0]?.events.map(({ type, data }) => ({ type, data }))).toEqual([
      {
        type: 'AddressChanged',
        data: {
          addressType: 'PRIMARY',
          from: anAddress(),
          to: anAddress({ countryCodeA3: 'NGA' }),
        },
      },
      {
        type: 'PersonalDetailsChanged',
        data: { from: { firstName: 'Janice' }, to: { firstName: 'Ada', middleName: 'N' } },
      },
    ]);
    const { state } = await run({ country: 'gb' });
    expect(state.customerType === 'individual' && state.customer.addresses[0]?.countryCodeA3).toBe(
      'GBR',
    );
  });

  it('answers the current state and writes nothing but the command log for the same values', async () => {
    const { run, store, commandLog } = setUp();
    await run(SAMPLE);
    const again = await run(SAMPLE);
    expect(again).toMatchObject({ outcome: 'noop', appended: 0 });
    expect(again.state.version).toBe(4);
    expect(store.saved).toHaveLength(1);
    expect(commandLog.entries.map((e) => e.outcome)).toEqual(['accepted', 'noop']);
  });

  it("lists every failing field under the command's names and logs the rejection", async () => {
    const { run, store, commandLog } = setUp();
    await expectRejection(
      run({ email: 'nope', mobile: '+1 23', country: 'Atlantis', stateCode: ' ', lastName: '' }),
      {
        code: 'VALIDATION_FAILED',
        fields: ['email', 'mobile', 'country', 'stateCode', 'lastName'],
      },
    );
    expect(store.saved).toEqual([]);
    expect(commandLog.entries).toMatchObject([
      { outcome: 'rejected', errorCode: 'VALIDATION_FAILED', commandName: 'UpdateContactCommand' },
    ]);
  });

  it('needs address, city and country to create a missing PRIMARY address', async () => {
    const { run, store } = setUp();
    store.register(
      anIndividual({
        customerId: 'cust_homeless',
        email: 'h@example.com',
        phones: [],
        addresses: [],
      }),
    );
    await expectRejection(run({ city: 'Abuja' }, 'cust_homeless'), {
      code: 'VALIDATION_FAILED',
      fields: ['addressLine1', 'country'],
    });
    const { state } = await run(
      { addressLine1: '1 Way', city: 'Abuja', country: 'NG' },
      'cust_homeless',
    );
    expect(state.customerType === 'individual' && state.customer.addresses).toEqual([
      { type: 'PRIMARY', addressLine1: '1 Way', city: 'Abuja', countryCodeA3: 'NGA' },
    ]);
  });

  it('refuses a business customer', async () => {
    const { run, store } = setUp();
    store.register(aBusiness({ customerId: 'biz_1' }));
    await expectRejection(run({ city: 'Abuja' }, 'biz_1'), {
      code: 'CUSTOMER_TYPE_NOT_SUPPORTED',
    });
  });

  it('refuses an unknown customer, an expected version that is not current, and an email in use', async () => {
    const { run, store } = setUp();
    store.register(anIndividual({ customerId: 'cust_2', email: 'taken@example.com', phones: [] }));
    await expectRejection(run({ city: 'X' }, 'nobody'), { code: 'CUSTOMER_NOT_FOUND' });
    await expectRejection(run({ city: 'X' }, 'cust_1', 7), {
      code: 'VERSION_CONFLICT',
      matching: { expectedVersion: 7, currentVersion: 1 },
    });
    await expectRejection(run({ email: 'TAKEN@example.com' }), {
      code: 'CONTACT_IN_USE',
      fields: ['email'],
    });
    await expect(run({ city: 'X' }, 'cust_1', 1)).resolves.toMatchObject({ outcome: 'accepted' });
  });
});
