import { anAddress, aPhone } from '@app/testing';
import {
  bootConnectFi,
  CUSTOMER_UPDATE,
  historyOf,
  SLOW_TIMEOUT_MS,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';

const secondary = anAddress({ type: 'SECONDARY', addressLine1: '9 Side St', addressLine2: null });
const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });

/** The rules of `/customer/update` (API.md §4.1, issue 7 item 3), each on its own customer. */
describeEachDatabase('connectFi /customer/update rules', (database) => {
  let app: ConnectFiApp;
  beforeAll(async () => (app = await bootConnectFi(database)), SLOW_TIMEOUT_MS);
  afterAll(() => app.t.close());

  const registered = (name: string) => app.registerFresh(name);

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

  it('accepts Authorization: Bearer in place of x-connectfi-token: 200 and the updated customer', async () => {
    const { customerId } = await registered('bearer');
    const res = await app.t.http
      .post(CUSTOMER_UPDATE)
      .set('Authorization', `Bearer ${app.token}`)
      .send({ customerId, customer: { phones: [landline] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: '0',
      data: { customerId, version: 2 },
      requestId: res.headers['x-request-id'],
    });
    expect(res.body.data.customer.phones).toContainEqual(landline);
    expect(res.headers.etag).toBe('"2"');
    const events = (await historyOf(app, customerId!)).slice(1);
    expect(events.map((e) => [e.type, e.metadata.source])).toEqual([['PhoneChanged', 'connectfi']]);
  });
});
