import { SEED_INDIVIDUAL_REQUEST } from '@app/testing';
import { bpmSender, errorFields, ISO_MS, type BpmSender } from '../support/bpm-requests.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The connectFi seed's individual request body (connectfi-customer-update.txt), for `customerId`. */
const customerUpdate = (customerId: string) => ({ ...SEED_INDIVIDUAL_REQUEST, customerId });

describeEachDatabase('BPM UpdateCustomerCommand and UpdateContactInfoCommand', (database) => {
  let t: TestApp;
  let send: BpmSender;
  /** Each test changes individuals of its own, so versions and claims are the test's alone. */
  let registerIndividual: IndividualRegistrar;
  beforeAll(async () => {
    t = await createTestApp({ database });
    const token = await t.tokenFor();
    send = bpmSender(t, token);
    registerIndividual = individualRegistrar(t, token);
  });
  afterAll(() => t.close());

  it('UpdateCustomerCommand: merges the connectFi body and answers the customer view, SSN masked', async () => {
    const customerId = await registerIndividual();
    const res = await send('UpdateCustomerCommand', customerUpdate(customerId));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      isSuccessful: true,
      statusCode: '00',
      message: 'Customer updated successfully.',
    });
    expect(res.body.data).toMatchObject({
      customerId,
      customerType: 'individual',
      version: 4,
      boises: [],
    });
    expect(res.body.data.customer.email).toBe('abc123def4@test.test');
    expect(res.body.data.customer.phones).toEqual(customerUpdate(customerId).customer.phones);
    expect(res.body.data.customer.identificationDocuments).toEqual([
      { type: 'SSN', issuanceCountryCodeA3: 'USA', last4: '7000' },
    ]);
    expect(res.text).not.toContain('123457000');
    expect(res.headers.etag).toBe('"4"');
  });

  it('UpdateCustomerCommand: refuses input outside the connectFi schema, naming data.<path>', async () => {
    const body = customerUpdate(await registerIndividual());
    const address = { ...body.customer.addresses[0], stateCode: 'FCT' };
    const res = await send('UpdateCustomerCommand', {
      ...body,
      customer: { addresses: [address], phones: [] },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      isSuccessful: false,
      statusCode: 'CBS_400',
      code: 'VALIDATION_FAILED',
    });
    expect(errorFields(res)).toEqual([
      'data.customer.addresses[0].stateCode',
      'data.customer.phones',
    ]);
  });

  it('UpdateCustomerCommand: refuses a business field on an individual', async () => {
    const res = await send('UpdateCustomerCommand', {
      customerId: await registerIndividual(),
      customer: { businessPhones: [{ type: 'PRIMARY', phoneNumber: '5556667777' }] },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 'CBS_400',
      code: 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
    });
  });

  it('UpdateContactInfoCommand: sets email and mobile and answers §5.1 body', async () => {
    const customerId = await registerIndividual();
    const res = await send('UpdateContactInfoCommand', {
      customerId,
      email: 'b.new@example.com',
      mobileNumber: '+447700900123',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      isSuccessful: true,
      statusCode: '00',
      message: 'Contact info updated successfully.',
    });
    expect(res.body.data).toEqual({
      customerId,
      email: 'b.new@example.com',
      mobileNumber: '+447700900123',
      version: 3,
      updatedAt: expect.stringMatching(ISO_MS),
    });
    expect(res.headers.etag).toBe('"3"');
  });

  it('UpdateContactInfoCommand: needs email or mobileNumber, and a possible E.164 mobile', async () => {
    const customerId = await registerIndividual();
    const none = await send('UpdateContactInfoCommand', { customerId });
    expect(none.status).toBe(400);
    expect(errorFields(none)).toContain('data.email');
    const bad = await send('UpdateContactInfoCommand', {
      customerId,
      mobileNumber: '+44 7700 900123',
    });
    expect(bad.status).toBe(400);
    expect(errorFields(bad)).toEqual(['data.mobileNumber']);
  });

  it('UpdateContactInfoCommand: CBS_409 "Duplicate mobile number" for another customer\'s mobile', async () => {
    const [customerId, holder] = [await registerIndividual(), await registerIndividual()];
    const taken = await send('UpdateContactInfoCommand', {
      customerId: holder,
      mobileNumber: '+447700900456',
    });
    expect(taken.status).toBe(200);
    const res = await send('UpdateContactInfoCommand', {
      customerId,
      mobileNumber: '+447700900456',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      statusCode: 'CBS_409',
      message: 'Duplicate mobile number',
      code: 'CONTACT_IN_USE',
    });
  });
});
