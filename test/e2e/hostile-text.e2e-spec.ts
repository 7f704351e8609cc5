import type { DataSource } from 'typeorm';
import { EventEntity } from '@app/event-store';
import { individualBody } from '@app/testing';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { bpmFailure, errorFields } from '../support/bpm-requests.js';
import { CUSTOMER_UPDATE } from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Text that must be refused wherever it appears, and text that must be kept as it is. */
const NUL = 'Ja\u0000nice';
const LONE_SURROGATE = 'Sample\uD83D';
const RTL_AND_EMOJI = '\u200Fمريم 😀';

describeEachDatabase('hostile text in bodies, paths and queries (API.md §0)', (database) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
  });
  afterAll(() => t.close());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const eventCount = () => t.app.get<DataSource>(DATA_SOURCE).getRepository(EventEntity).count();

  it('refuses a control character or an unpaired surrogate in any field, naming it, writing nothing', async () => {
    const before = await eventCount();
    const registration = await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ customer: { firstName: NUL, lastName: LONE_SURROGATE } }));
    expect(registration.status).toBe(400);
    expect(registration.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(registration.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'customer.firstName',
      'customer.lastName',
    ]);
    const bpm = await t.http
      .post('/api/bpm/cmd')
      .set(auth())
      .send({
        commandName: 'UpdateContactCommand',
        data: { contactEncodedKey: 'x', emailAddress: `a${LONE_SURROGATE}@example.com` },
      });
    expect(bpm.status).toBe(400);
    expect(bpm.body).toMatchObject(bpmFailure(400, 'VALIDATION_FAILED'));
    expect(errorFields(bpm)).toEqual(['data.emailAddress']);
    const connectFi = await t.http
      .post(CUSTOMER_UPDATE)
      .set('x-connectfi-token', token)
      .send({ customerId: 'x', customer: { email: `${NUL}@example.com` } });
    expect(connectFi.status).toBe(400);
    expect(connectFi.body).toMatchObject({ code: 'requestValidateError' });
    expect(await eventCount()).toBe(before);
  });

  it('keeps right-to-left marks and emoji in a name exactly, and the chain still verifies', async () => {
    const customerId = `rtl_${database}`;
    await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ customerId, customer: { firstName: RTL_AND_EMOJI } }))
      .expect(201);
    const read = await t.http.get(`/api/customers/${customerId}`).set(auth());
    expect(read.body.customer.firstName).toBe(RTL_AND_EMOJI);
    const verified = await t.http.get('/api/audit/verify').query({ customerId }).set(auth());
    expect(verified.body).toMatchObject({ valid: true, events: 1 });
  });

  it.each([
    ['a NUL in a lookup query', '/api/customers?email=a%00b%40example.com'],
    ['a NUL in a customer id', '/api/customers/cust%00_1'],
    ['SQL in a customer id', "/api/customers/1'%20OR%20'1'%3D'1"],
    ['a path climbing out', '/api/customers/..%2F..%2Fetc%2Fpasswd'],
    ['an unpaired surrogate in a query', '/api/audit/events?customerId=%ED%A0%80'],
    ['SQL in an audit filter', "/api/audit/events?type=x'%3B%20DROP%20TABLE%20events%3B--"],
    ['an id of 5,000 characters', `/api/customers/${'x'.repeat(5000)}`],
  ])('answers %s without a 500, in problem+json', async (_case, url) => {
    const res = await t.http.get(url).set(auth());
    expect(res.status).toBeGreaterThanOrEqual(200);
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400)
      expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a path that is not percent-encoded UTF-8 in its surface format, with a request id', async () => {
    const res = await t.http
      .patch('/v2/customer-persons/x%ED%A0%80y/contact-info')
      .set(auth())
      .send({ email: 'x@example.com' });
    expect(res.status).toBe(400);
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'url' }] });
  });
});
