import { aRepresentative, businessBody, individualBody } from '@app/testing';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachDatabase('registration and reads', (database) => {
  let t: TestApp;
  let token: string;
  /** Each test registers the customers it reads or collides with, under ids of its own. */
  let registerIndividual: IndividualRegistrar;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    registerIndividual = individualRegistrar(t, token);
  });
  afterAll(() => t.close());
  const auth = () => ({ Authorization: `Bearer ${token}` });

  it('registers an individual and answers 201 with the view, version 1 and an ETag', async () => {
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send(
        individualBody({
          customerId: 'cust_reg_1',
          email: 'reg1@example.com',
          mobile: '1234567890',
        }),
      );
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({
      customerId: 'cust_reg_1',
      customerType: 'individual',
      version: 1,
      boises: [],
    });
    expect(res.body.customer.email).toBe('reg1@example.com');
    expect(res.body.dtsCreatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('never returns an SSN whole: only last4', async () => {
    const customerId = await registerIndividual({ customerId: 'cust_ssn' });
    const res = await t.http.get(`/api/customers/${customerId}`).set(auth());
    expect(res.body.customer.identificationDocuments).toEqual([
      { type: 'SSN', issuanceCountryCodeA3: 'USA', last4: '7000' },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('123457000');
  });

  it('generates an id when none is given', async () => {
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ email: 'gen@example.com' }));
    expect(res.status).toBe(201);
    expect(res.body.customerId).toMatch(/^[0-9a-zA-Z_]{1,36}$/);
  });

  it('registers a business with representatives, keeping given ids and generating absent ones', async () => {
    const { id: _given, ...unnamed } = aRepresentative({ email: 'second@aa.aa' });
    const body = businessBody({
      customerId: 'biz_1',
      businessRepresentatives: [aRepresentative({ id: 'rep_given' }), unnamed],
    });
    expect(body.businessRepresentatives?.[1]).not.toHaveProperty('id');
    const res = await t.http.post('/api/customers').set(auth()).send(body);
    expect(res.status).toBe(201);
    expect(res.body.customer.businessName).toBe('AWSM BRAND MANAGEMENT INC');
    const ids = (res.body.businessRepresentatives as Array<{ id: string }>).map((r) => r.id);
    expect(ids[0]).toBe('rep_given');
    expect(ids[1]).toMatch(/^rep_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('lets a representative share an email with anyone (representatives claim nothing)', async () => {
    const shared = 'shared.rep@example.com';
    await registerIndividual({ customerId: 'cust_rep_email', email: shared });
    const representatives = [aRepresentative({ email: shared })];
    const first = await t.http
      .post('/api/customers')
      .set(auth())
      .send(businessBody({ customerId: 'biz_shared_1', businessRepresentatives: representatives }));
    expect(first.status).toBe(201);
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send(businessBody({ customerId: 'biz_shared_2', businessRepresentatives: representatives }));
    expect(res.status).toBe(201);
  });

  it('refuses an existing id with 409 CUSTOMER_ALREADY_EXISTS and changes nothing', async () => {
    const customerId = await registerIndividual({ customerId: 'cust_existing' });
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ customerId, email: 'other@example.com' }));
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'CUSTOMER_ALREADY_EXISTS',
      status: 409,
      type: 'https://errors.customer-contact.dev/customer-already-exists',
    });
    const lookup = await t.http
      .get('/api/customers')
      .query({ email: 'other@example.com' })
      .set(auth());
    expect(lookup.body.items).toEqual([]);
  });

  it('refuses an email another customer holds, compared case-insensitively: 409 CONTACT_IN_USE', async () => {
    await registerIndividual({ customerId: 'cust_email_holder', email: 'holder@example.com' });
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ customerId: 'cust_dup', email: '  HOLDER@Example.com ' }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CONTACT_IN_USE');
    expect((await t.http.get('/api/customers/cust_dup').set(auth())).status).toBe(404);
  });

  it('refuses a mobile another customer holds (dialing code compared without leading zeros)', async () => {
    // The holder's MOBILE has the mothers' dialing code, '01'.
    await registerIndividual({ customerId: 'cust_mobile_holder', mobile: '1234567801' });
    const body = individualBody({
      customerId: 'cust_dup_mobile',
      email: 'fresh@example.com',
      customer: {
        phones: [{ type: 'MOBILE', countryDialingCode: '1', phoneNumber: '1234567801' }],
      },
    });
    const res = await t.http.post('/api/customers').set(auth()).send(body);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CONTACT_IN_USE');
  });

  it('lists every failing field of an invalid registration', async () => {
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send({
        customerType: 'individual',
        customer: {
          firstName: '',
          lastName: 'X',
          email: 'no-at-sign',
          addresses: [{ type: 'HOME' }],
        },
      });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.errors as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'customer.firstName',
        'customer.email',
        'customer.addresses[0].type',
        'customer.addresses[0].city',
      ]),
    );
  });

  it('refuses two addresses of one type with DUPLICATE_TYPE', async () => {
    const address = {
      type: 'PRIMARY',
      addressLine1: '1 A St',
      city: 'Town',
      stateCode: 'PA',
      countryCodeA3: 'USA',
    };
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send(
        individualBody({ email: 'dt@example.com', customer: { addresses: [address, address] } }),
      );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('DUPLICATE_TYPE');
  });

  it('refuses a future date of birth', async () => {
    const res = await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ email: 'dob@example.com', customer: { dateOfBirth: '2999-01-01' } }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('reads a customer with its ETag, and 404 CUSTOMER_NOT_FOUND for an unknown id', async () => {
    const customerId = await registerIndividual({ customerId: 'cust_read' });
    const found = await t.http.get(`/api/customers/${customerId}`).set(auth());
    expect(found.status).toBe(200);
    expect(found.headers.etag).toBe('"1"');
    const missing = await t.http.get('/api/customers/nobody').set(auth());
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('CUSTOMER_NOT_FOUND');
  });

  it('looks a customer up by email or mobile; nothing found is 200 with empty items', async () => {
    await registerIndividual({
      customerId: 'cust_lookup',
      email: 'lookup@example.com',
      mobile: '1234567802',
    });
    const byEmail = await t.http
      .get('/api/customers')
      .query({ email: 'LOOKUP@example.com' })
      .set(auth());
    expect(byEmail.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([
      'cust_lookup',
    ]);
    const byMobile = await t.http
      .get('/api/customers')
      .query({ mobileNumber: '+11234567802' })
      .set(auth());
    expect(byMobile.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([
      'cust_lookup',
    ]);
    const none = await t.http
      .get('/api/customers')
      .query({ email: 'nobody@example.com' })
      .set(auth());
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ items: [] });
  });

  it('shows the history with masked PII, and whole values (but never an SSN) with audit:pii', async () => {
    await registerIndividual({ customerId: 'cust_history', email: 'history@example.com' });
    const masked = await t.http
      .get('/api/customers/cust_history/history')
      .set({ Authorization: `Bearer ${await t.tokenFor(['audit:read'])}` });
    expect(masked.status).toBe(200);
    const [registered] = masked.body.items;
    expect(registered).toMatchObject({
      type: 'CustomerRegistered',
      version: 1,
      streamId: 'cust_history',
    });
    expect(registered.metadata).toMatchObject({
      commandName: 'RegisterCustomer',
      source: 'api',
      actor: { clientId: 'test_admin' },
    });
    expect(registered.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(registered.prevHash).toBe('0'.repeat(64));
    expect(registered.data.customer.email).toBe('h***@example.com');
    expect(registered.redacted).toBe(true);
    const full = await t.http
      .get('/api/customers/cust_history/history')
      .set({ Authorization: `Bearer ${await t.tokenFor(['audit:read', 'audit:pii'])}` });
    expect(full.body.items[0].data.customer.email).toBe('history@example.com');
    expect(JSON.stringify(full.body)).not.toContain('123457000');
  });

  it('requires audit:read for history', async () => {
    const customerId = await registerIndividual({ customerId: 'cust_history_scope' });
    const res = await t.http
      .get(`/api/customers/${customerId}/history`)
      .set({ Authorization: `Bearer ${await t.tokenFor(['customers:read'])}` });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });
});
