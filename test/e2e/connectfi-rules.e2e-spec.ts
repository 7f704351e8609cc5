import { anAddress, aPhone } from '@app/testing';
import {
  bootConnectFi,
  freshBusiness,
  freshIndividual,
  historyOf,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';

const secondary = anAddress({ type: 'SECONDARY', addressLine1: '9 Side St', addressLine2: null });
const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });

/** The rules of `/customer/update` (API.md §4.1, issue 7 item 3), each on its own customer. */
describeEachDatabase('connectFi /customer/update rules', (database) => {
  let app: ConnectFiApp;
  beforeAll(async () => (app = await bootConnectFi(database)));
  afterAll(() => app.t.close());

  const registered = async (name: string) => {
    const body = freshIndividual(name);
    await app.register(body);
    return body;
  };

  it('merges arrays by type: a new type is added, a sent type replaced, types not sent stay', async () => {
    const { customerId } = await registered('merge');
    const added = await app.update({
      customerId,
      customer: { addresses: [secondary], phones: [landline] },
    });
    expect(added.status).toBe(200);
    expect(added.body.data.customer.addresses).toEqual([anAddress(), secondary]);
    expect(added.body.data.customer.phones.map((p: { type: string }) => p.type)).toEqual([
      'MOBILE',
      'LANDLINE',
    ]);
    const primary = anAddress({ addressLine1: '77 New Rd' });
    const replaced = await app.update({ customerId, customer: { addresses: [primary] } });
    expect(replaced.body.data.customer.addresses).toEqual([primary, secondary]);
  });

  it('records one event per changed aspect, with source connectfi and the token’s client', async () => {
    const { customerId } = await registered('events');
    await app.update({
      customerId,
      customer: { email: 'events.new@example.com', phones: [landline] },
    });
    const events = (await historyOf(app, customerId!)).slice(1);
    expect(events.map((e) => [e.type, e.version, e.metadata.source])).toEqual([
      ['EmailChanged', 2, 'connectfi'],
      ['PhoneChanged', 3, 'connectfi'],
    ]);
    expect(events[0]?.metadata).toMatchObject({ commandName: 'UpdateCustomerCommand' });
  });

  it('is a no-op when every value is the stored one: 200, nothing appended, same ETag', async () => {
    const body = await registered('noop');
    const res = await app.update({
      customerId: body.customerId,
      customer: { email: body.customer.email, addresses: body.customer.addresses },
    });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body.data.version).toBe(1);
    expect(await historyOf(app, body.customerId!)).toHaveLength(1);
  });

  it('honours If-Match: 412 versionConflict when stale or unmatchable, 200 and a new ETag when current', async () => {
    const { customerId } = await registered('if_match');
    const change = { customerId, customer: { phones: [landline] } };
    for (const tag of ['"2"', 'W/"1"', 'garbage']) {
      const stale = await app.update(change, { 'If-Match': tag });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ code: 'versionConflict' });
    }
    const ok = await app.update(change, { 'If-Match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(await historyOf(app, customerId!)).toHaveLength(2);
  });

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

  it('answers an unknown customer with 404 customerNotFound', async () => {
    const res = await app.update({ customerId: 'cfi_nobody', customer: { email: 'a@b.io' } });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'customerNotFound' });
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
});
