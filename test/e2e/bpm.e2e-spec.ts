import type { Response } from 'supertest';
import { CustomerStore } from '@app/customer';
import {
  bpmFailure,
  bpmSender,
  errorFields,
  ISO_MS,
  SEED_CONTACT_KEY,
  SEED_SAMPLE_ANSWER,
  SEED_SAMPLE_REQUEST,
  type BpmSender,
} from '../support/bpm-requests.js';
import { businessBody, individualBody } from '@app/testing';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

interface HistoryItem {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

describeEachDatabase('BPM UpdateContactCommand (seed bpm-update-contact-command)', (database) => {
  let t: TestApp;
  let token: string;
  let send: BpmSender;
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const register = (body: object) =>
    t.http.post('/api/customers').set(auth()).send(body).expect(201);
  /** A customer of the test's own, so that no test depends on what another one changed. */
  let anotherIndividual: IndividualRegistrar;
  const update = (contactEncodedKey: string, data: Record<string, unknown>) =>
    send('UpdateContactCommand', { contactEncodedKey, ...data });
  let sample: Response;

  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    send = bpmSender(t, token);
    anotherIndividual = individualRegistrar(t, token, 'cust_bpm');
    await register(individualBody({ customerId: SEED_CONTACT_KEY, email: 'seed@example.com' }));
    sample = await t.http
      .post('/api/bpm/cmd')
      .set({ ...auth(), 'X-Request-Id': 'bpm-seed-1' })
      .send(SEED_SAMPLE_REQUEST);
  });
  afterAll(() => t.close());

  it('answers the seed sample, sent as is, with 200 and the success envelope', () => {
    const res = sample;
    expect(res.status).toBe(200);
    // The documented answer (the OpenAPI example), but for the time of this run.
    expect(res.body).toEqual({
      ...SEED_SAMPLE_ANSWER,
      data: { ...SEED_SAMPLE_ANSWER.data, lastModifiedDate: expect.stringMatching(ISO_MS) },
    });
    expect(res.headers.etag).toBe('"4"');
  });

  it('reads the customer back with that phone, email and an Abuja/FCT PRIMARY address', async () => {
    const { body } = await t.http.get(`/api/customers/${SEED_CONTACT_KEY}`).set(auth()).expect(200);
    const mobile = { type: 'MOBILE', countryDialingCode: '234', phoneNumber: '9876543210' };
    const primary = {
      type: 'PRIMARY',
      addressLine1: '456 New Street, Apt 10C',
      city: 'Abuja',
      stateCode: 'FCT',
    };
    expect(body.customer.email).toBe('newemail@example.com');
    expect(body.customer.phones).toContainEqual(mobile);
    expect(body.customer.addresses).toContainEqual(expect.objectContaining(primary));
  });

  it('keeps the change in the history with from/to values and BPM audit metadata', async () => {
    const reader = await t.tokenFor(['audit:read', 'audit:pii']);
    const { body } = await t.http
      .get(`/api/customers/${SEED_CONTACT_KEY}/history`)
      .set('Authorization', `Bearer ${reader}`)
      .expect(200);
    const [email, mobile, address, ...rest] = (body.items as HistoryItem[]).slice(1);
    expect([email?.type, mobile?.type, address?.type, rest]).toEqual([
      'EmailChanged',
      'MobileChanged',
      'AddressChanged',
      [],
    ]);
    expect(email?.data).toEqual({ from: 'seed@example.com', to: 'newemail@example.com' });
    expect(mobile?.data).toMatchObject({
      from: { type: 'MOBILE', countryDialingCode: '01' },
      to: { type: 'MOBILE', countryDialingCode: '234', phoneNumber: '9876543210' },
    });
    expect(address?.data).toMatchObject({
      addressType: 'PRIMARY',
      from: { addressLine1: '123 Main Str.', city: 'Harrisburg', stateCode: 'PA' },
      to: { addressLine1: '456 New Street, Apt 10C', city: 'Abuja', stateCode: 'FCT' },
    });
    for (const event of [email, mobile, address]) {
      expect(event?.metadata).toMatchObject({
        source: 'bpm',
        commandName: 'UpdateContactCommand',
        commandId: email?.metadata.commandId,
        requestId: 'bpm-seed-1',
        actor: { clientId: 'test_admin' },
      });
    }
  });

  it('answers the same values again with 200 and the version unchanged', async () => {
    const res = await t.http.post('/api/bpm/cmd').set(auth()).send(SEED_SAMPLE_REQUEST).expect(200);
    expect(res.body.data.version).toBe(4);
    expect(res.headers.etag).toBe('"4"');
  });

  it('CBS_400 "Validation error": lists every invalid field of data as data.<field>', async () => {
    const res = await send('UpdateContactCommand', {
      contactEncodedKey: 42,
      firstName: 7,
      emailAddress: null,
      expectedVersion: '2',
      nickname: 'x',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(bpmFailure(400, 'VALIDATION_FAILED', 'Validation error'));
    expect(new Set(errorFields(res))).toEqual(
      new Set([
        'data.contactEncodedKey',
        'data.firstName',
        'data.emailAddress',
        'data.expectedVersion',
        'data.nickname',
      ]),
    );
  });

  it.each([
    ['an impossible phone number', { phoneNumber: '+1 23' }, ['data.phoneNumber']],
    ['an unknown country', { country: 'Atlantis' }, ['data.country']],
    [
      'a bad email, phone and country at once',
      { phoneNumber: 'call me', emailAddress: 'nope', country: 'ZZ' },
      ['data.emailAddress', 'data.phoneNumber', 'data.country'],
    ],
    [
      'a wrong type beside a bad format',
      { firstName: 7, phoneNumber: 'call me' },
      ['data.firstName', 'data.phoneNumber'],
    ],
  ])('CBS_400: refuses %s, naming the field', async (_name, data, fields) => {
    const res = await update(await anotherIndividual(), data);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(bpmFailure(400, 'VALIDATION_FAILED', 'Validation error'));
    expect(errorFields(res)).toEqual(fields);
  });

  it('CBS_400: refuses an unknown commandName', async () => {
    const res = await send('DeleteContactCommand', {
      contactEncodedKey: await anotherIndividual(),
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(bpmFailure(400, 'UNKNOWN_COMMAND'));
  });

  it('CBS_400: refuses a business customer', async () => {
    await register(businessBody({ customerId: 'biz_bpm' }));
    const res = await update('biz_bpm', { city: 'Abuja' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject(bpmFailure(400, 'CUSTOMER_TYPE_NOT_SUPPORTED'));
  });

  it('CBS_404: "Contact not found" for an unknown contactEncodedKey', async () => {
    const res = await send('UpdateContactCommand', {
      contactEncodedKey: 'nobody_here',
      city: 'Abuja',
    });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject(bpmFailure(404, 'CUSTOMER_NOT_FOUND', 'Contact not found'));
  });

  it('CBS_409: "Duplicate email" when another customer has it (any casing); nothing changes', async () => {
    const [customerId, holder] = [await anotherIndividual(), await anotherIndividual()];
    const res = await update(customerId, {
      emailAddress: `${holder}@EXAMPLE.com`.toUpperCase(),
      city: 'Lagos',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject(bpmFailure(409, 'CONTACT_IN_USE', 'Duplicate email'));
    const { body } = await t.http.get(`/api/customers/${customerId}`).set(auth());
    expect(body).toMatchObject({
      version: 1,
      customer: { email: `${customerId}@example.com`, addresses: [{ city: 'Harrisburg' }] },
    });
  });

  it('CBS_409: refuses an expectedVersion that is not the current one, accepts the current one', async () => {
    const customerId = await anotherIndividual();
    const stale = await update(customerId, { city: 'Lagos', expectedVersion: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject(bpmFailure(409, 'VERSION_CONFLICT'));
    const current = await update(customerId, { city: 'Lagos', expectedVersion: 1 });
    expect(current.status).toBe(200);
    expect(current.body.data.version).toBe(2);
  });

  it('CBS_500: "Internal server error" with no stack, SQL or values when the handler fails', async () => {
    const customerId = await anotherIndividual();
    const store = t.app.get(CustomerStore);
    const load = store.load.bind(store);
    store.load = () =>
      Promise.reject(new Error('relation broke: SELECT secret FROM customers WHERE id = $1'));
    try {
      const res = await update(customerId, { city: 'Kano' });
      expect(res.status).toBe(500);
      expect(res.body).toEqual(bpmFailure(500, 'INTERNAL', 'Internal server error'));
      expect(res.text).not.toMatch(/SELECT|secret|stack|Kano/i);
    } finally {
      store.load = load;
    }
  });
});
