import {
  condorSeedRegistration,
  SEED_CONDOR_CUSTOMER,
  SEED_CONDOR_ERRORS,
  SEED_CONDOR_ID,
  SEED_CONDOR_REQUEST,
} from '@app/testing';
import {
  bootConnectFi,
  SLOW_TIMEOUT_MS,
  freshBusiness,
  historyOf,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';

const DEPRECATION = {
  deprecation: 'true',
  link: '</customer/update>; rel="successor-version"',
};

const [SEED_PRIMARY] = SEED_CONDOR_REQUEST.addresses;

/** A condor address with every member, in the order API.md §4.2 lists them. */
const CONDOR_ADDRESS = 'address_type,address1,address2,city,region,postal_code,country';

/** The seed's example as our wire sends it: its members in its order, then `requestId`. */
const exactly = (example: object, requestId: unknown) => JSON.stringify({ ...example, requestId });

describeEachDatabase('condor /condor/customer/update (API.md §4.2)', (database) => {
  let app: ConnectFiApp;
  /** Only refused requests are sent for this one, so its state never changes. */
  const UNCHANGED = 'condor_unchanged';
  beforeAll(async () => {
    app = await bootConnectFi(database);
    await app.register(condorSeedRegistration());
    await app.register(condorSeedRegistration(UNCHANGED));
  }, SLOW_TIMEOUT_MS);
  afterAll(() => app.t.close());

  it('answers the seed request with the seed’s condorCustomer, deprecated, with an ETag', async () => {
    const res = await app.condor(SEED_CONDOR_REQUEST);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({
      code: '0',
      data: { condorCustomer: SEED_CONDOR_CUSTOMER },
      requestId: res.headers['x-request-id'],
    });
    expect(res.headers).toMatchObject({ ...DEPRECATION, etag: '"6"' });
    const events = (await historyOf(app, SEED_CONDOR_ID)).slice(1);
    expect(events.map((e) => [e.type, e.metadata.source])).toEqual([
      ['EmailChanged', 'condor'],
      ['MobileChanged', 'condor'],
      ['AddressChanged', 'condor'],
      ['AddressChanged', 'condor'],
      ['PersonalDetailsChanged', 'condor'],
    ]);
  });

  it.each([
    ['addresses', 'Duplicate address type found.'],
    ['phones', 'Duplicate phone type found.'],
  ] as const)(
    'answers two %s of one type with the seed’s extCondor error, byte for byte',
    async (field, message) => {
      const [item] = SEED_CONDOR_REQUEST[field];
      const res = await app.condor({ customerId: UNCHANGED, [field]: [item, { ...item }] });
      expect(res.status).toBe(400);
      const example = { ...SEED_CONDOR_ERRORS.duplicateAddressType, message };
      expect(res.text).toBe(exactly(example, res.headers['x-request-id']));
      expect(res.headers).toMatchObject(DEPRECATION);
    },
  );

  it('answers an address without stateCode with the seed’s requestValidateError, byte for byte', async () => {
    const { stateCode: _dropped, ...address } = SEED_CONDOR_REQUEST.addresses[0];
    const res = await app.condor({ customerId: UNCHANGED, addresses: [address] });
    expect(res.status).toBe(400);
    expect(res.text).toBe(
      exactly(SEED_CONDOR_ERRORS.missingStateCode, res.headers['x-request-id']),
    );
  });

  it('answers cardAttributes with the additionalProperties error, byte for byte', async () => {
    const res = await app.condor({
      ...SEED_CONDOR_REQUEST,
      customerId: UNCHANGED,
      cardAttributes: {},
    });
    expect(res.status).toBe(400);
    expect(res.text).toBe(exactly(SEED_CONDOR_ERRORS.cardAttributes, res.headers['x-request-id']));
  });

  it('refuses a business customer with 400 invalidCustomerType, changing nothing', async () => {
    const business = freshBusiness('condor_business');
    await app.register(business);
    const res = await app.condor({ customerId: business.customerId, firstName: 'Jessie' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 'invalidCustomerType',
      message: expect.any(String) as string,
      requestId: res.headers['x-request-id'],
    });
    expect(await historyOf(app, business.customerId!)).toHaveLength(1);
  });

  it.each([
    ['2999-01-01', 'must not be in the future'],
    ['2001-02-30', 'must be a real date in YYYY-MM-DD format'],
  ])(
    'refuses the date of birth %s in the ajv shape, naming /dateOfBirth',
    async (date, message) => {
      const res = await app.condor({ customerId: UNCHANGED, dateOfBirth: date, email: 'x@y.io' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({
        code: 'requestValidateError',
        context: [
          {
            instancePath: '/dateOfBirth',
            schemaPath: '#',
            keyword: 'serviceRule',
            params: {},
            message,
          },
        ],
        requestId: res.headers['x-request-id'],
      });
    },
  );

  it('sends address2 for a stored addressLine2 and leaves it out when absent or null', async () => {
    const customerId = 'condor_address2';
    await app.register(condorSeedRegistration(customerId));
    const secondary = SEED_CONDOR_REQUEST.addresses[1];
    const res = await app.condor({
      customerId,
      addresses: [{ ...SEED_PRIMARY, addressLine2: 'Apt A123' }, secondary],
    });
    expect(res.status).toBe(200);
    const [withLine2, withoutLine2] = res.body.data.condorCustomer.addresses;
    expect(withLine2).toStrictEqual({ ...SEED_CONDOR_CUSTOMER.addresses[0], address2: 'Apt A123' });
    expect(Object.keys(withLine2).join()).toBe(CONDOR_ADDRESS);
    expect(withoutLine2).toStrictEqual(SEED_CONDOR_CUSTOMER.addresses[1]);
    const cleared = await app.condor({
      customerId,
      addresses: [{ ...SEED_PRIMARY, addressLine2: null }],
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.data.condorCustomer.addresses[0]).toStrictEqual(
      SEED_CONDOR_CUSTOMER.addresses[0],
    );
  });

  it.each([
    ['a first name', { firstName: 'Jessie' }],
    ['two addresses of one type', { addresses: [SEED_PRIMARY, SEED_PRIMARY] }],
  ])('answers %s for an unknown customer with 404 customerNotFound', async (_name, fields) => {
    const res = await app.condor({ customerId: 'condor_nobody', ...fields });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      code: 'customerNotFound',
      message: 'Customer not found',
      requestId: res.headers['x-request-id'],
    });
    expect(res.headers).toMatchObject(DEPRECATION);
  });

  it('honours If-Match: 412 versionConflict on a stale version, 200 on the current one', async () => {
    const customer = condorSeedRegistration('condor_if_match');
    await app.register(customer);
    const stale = await app.condor(
      { customerId: 'condor_if_match', lastName: 'X' },
      { 'If-Match': '"2"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'versionConflict' });
    expect(stale.headers).toMatchObject(DEPRECATION);
    const ok = await app.condor(
      { customerId: 'condor_if_match', lastName: 'X' },
      { 'If-Match': '"1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.body.data.condorCustomer.last_name).toBe('X');
  });

  it('is a no-op for values equal to the stored ones: nothing appended, same ETag', async () => {
    const res = await app.condor({ customerId: UNCHANGED, firstName: 'Jess', gender: 'F' });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(await historyOf(app, UNCHANGED)).toHaveLength(1);
  });
});
