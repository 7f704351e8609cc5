import { anAddress, aPhone } from '@app/testing';
import {
  bootConnectFi,
  SLOW_TIMEOUT_MS,
  freshBusiness,
  historyOf,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';

const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });

/** What `/customer/update` refuses (API.md §4.1, §1), each test on its own customer. */
describeEachDatabase('connectFi /customer/update refusals', (database) => {
  let app: ConnectFiApp;
  beforeAll(async () => (app = await bootConnectFi(database)), SLOW_TIMEOUT_MS);
  afterAll(() => app.t.close());

  const registered = (name: string) => app.registerFresh(name);

  it.each([
    [
      'addresses',
      [anAddress(), anAddress({ addressLine1: 'other' })],
      'Duplicate address type found.',
    ],
    ['phones', [aPhone(), aPhone({ phoneNumber: '5550009' })], 'Duplicate phone type found.'],
  ])('answers two %s of one type with 400 duplicateType', async (field, items, message) => {
    const { customerId } = await registered(`dup_${field}`);
    const res = await app.update({ customerId, customer: { [field]: items } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 'duplicateType',
      message,
      requestId: res.headers['x-request-id'],
    });
    expect(await historyOf(app, customerId!)).toHaveLength(1);
  });

  it('names a business field sent for an individual: 400 invalidFieldForCustomerType', async () => {
    const { customerId } = await registered('wrong_type');
    const res = await app.update({ customerId, customer: { businessPhones: [landline] } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'invalidFieldForCustomerType',
      message: "Field 'businessPhones' is not allowed for an individual customer",
    });
  });

  it('names an individual field sent for a business: 400 invalidFieldForCustomerType', async () => {
    const business = freshBusiness('wrong_type');
    await app.register(business);
    const res = await app.update({
      customerId: business.customerId,
      customer: { email: 'a@b.io' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'invalidFieldForCustomerType',
      message: "Field 'email' is not allowed for a business customer",
    });
  });

  it('updates a representative’s contact, and answers an unknown one with 404 representativeNotFound', async () => {
    const business = freshBusiness('reps');
    await app.register(business);
    const unknown = await app.update({
      customerId: business.customerId,
      customer: {},
      businessRepresentatives: [{ id: 'rep_principal', email: 'x@y.io' }, { id: 'rep_nobody' }],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'representativeNotFound' });
    const ok = await app.update({
      customerId: business.customerId,
      customer: {},
      businessRepresentatives: [{ id: 'rep_principal', phones: [landline] }],
    });
    expect(ok.status).toBe(200);
    const [rep] = ok.body.data.businessRepresentatives;
    expect(rep.phones.map((p: { type: string }) => p.type)).toEqual(['MOBILE', 'LANDLINE']);
    expect(rep.dateOfBirth).toBe('1978-10-15T00:00:00.000Z');
    const events = await historyOf(app, business.customerId!);
    expect(events.map((e) => e.type)).toEqual([
      'CustomerRegistered',
      'RepresentativeContactChanged',
    ]);
  });

  it.each([
    ['an email', { email: 'a@b.io' }],
    ['two addresses of one type', { addresses: [anAddress(), anAddress()] }],
  ])('answers %s for an unknown customer with 404 customerNotFound', async (_name, customer) => {
    const res = await app.update({ customerId: 'cfi_nobody', customer });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      code: 'customerNotFound',
      message: 'Customer not found',
      requestId: res.headers['x-request-id'],
    });
  });

  it('answers an email active on another customer with 409 duplicateContact, a removed one with contactReserved', async () => {
    const first = await registered('owner');
    const second = await registered('taker');
    const taken = await app.update({
      customerId: second.customerId,
      customer: { email: first.customer.email },
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'duplicateContact' });
    await app.update({
      customerId: first.customerId,
      customer: { email: 'owner.new@example.com' },
    });
    const reserved = await app.update({
      customerId: second.customerId,
      customer: { email: first.customer.email },
    });
    expect(reserved.status).toBe(409);
    expect(reserved.body).toMatchObject({ code: 'contactReserved' });
    expect(await historyOf(app, second.customerId!)).toHaveLength(1);
  });

  it('lists every failure of /customer/update in the seed’s ajv shape', async () => {
    const res = await app.update({
      customerId: 'c1',
      customer: { phones: [], cardAttributes: {}, email: 'not-an-email' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      code: 'requestValidateError',
      context: [
        {
          instancePath: '/customer',
          schemaPath: '#/properties/customer/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'cardAttributes' },
          message: 'must NOT have additional properties',
        },
        expect.objectContaining({ instancePath: '/customer/email', keyword: 'format' }),
        expect.objectContaining({ instancePath: '/customer/phones', keyword: 'minItems' }),
      ],
      requestId: res.headers['x-request-id'],
    });
  });
});
