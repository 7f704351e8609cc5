import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** A value no error may repeat back: an answer names the field, never what was in it. */
const MARK = 'Zq9secretMARK';

/** Requests whose bad values carry the mark, one per surface and kind of check. */
const REQUESTS: Array<[string, 'post' | 'patch', string, object]> = [
  [
    'BPM, a bad email',
    'post',
    '/api/bpm/cmd',
    {
      commandName: 'UpdateContactCommand',
      data: { contactEncodedKey: 'x', emailAddress: `${MARK}@` },
    },
  ],
  [
    'BPM, a bad phone and country',
    'post',
    '/api/bpm/cmd',
    {
      commandName: 'UpdateContactCommand',
      data: { contactEncodedKey: 'x', phoneNumber: `+${MARK}`, country: MARK },
    },
  ],
  ['BPM, an unknown command', 'post', '/api/bpm/cmd', { commandName: MARK, data: {} }],
  [
    'BPM, a bad id',
    'post',
    '/api/bpm/cmd',
    { commandName: 'UpdateContactCommand', data: { contactEncodedKey: `${MARK}!` } },
  ],
  [
    'connectFi, a pattern and an enum',
    'post',
    '/customer/update',
    { customerId: `${MARK}!`, customer: { email: MARK, phones: [{ type: MARK }] } },
  ],
  [
    'condor, a date and a gender',
    'post',
    '/condor/customer/update',
    { customerId: 'x', gender: MARK, dateOfBirth: MARK },
  ],
  [
    'wallet, an email and a mobile',
    'patch',
    '/v2/customer-persons/x/contact-info',
    { email: MARK, mobileNumber: `+${MARK}` },
  ],
  [
    'registration, a name, a date and a document',
    'post',
    '/api/customers',
    individualBody({
      customer: {
        firstName: `<${MARK}>`,
        dateOfBirth: MARK,
        identificationDocuments: [{ type: 'SSN', value: MARK, issuanceCountryCodeA3: MARK }],
      },
    }),
  ],
  [
    'a release of a bad mobile',
    'post',
    '/api/ops/contacts/release',
    { kind: 'mobile', value: MARK },
  ],
];

describeEachDatabase(
  'error bodies say which field, never what was in it (API.md §1)',
  (database) => {
    let t: TestApp;
    let token: string;
    beforeAll(async () => {
      t = await createTestApp({ database });
      token = await t.tokenFor();
    });
    afterAll(() => t.close());

    it.each(REQUESTS)('%s', async (_case, method, url, body) => {
      const res = await t.http[method](url)
        .set({ Authorization: `Bearer ${token}`, 'x-connectfi-token': token })
        .send(body);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.text).not.toContain(MARK);
    });

    it('does not repeat a value given in a query or a path', async () => {
      const auth = { Authorization: `Bearer ${token}` };
      for (const url of [
        `/api/customers?email=${MARK}`,
        `/api/customers/${MARK}!`,
        `/api/customers/x?asOf=${MARK}`,
        `/api/audit/events?from=${MARK}&limit=${MARK}`,
        `/v2/customer-persons/x/verifications/${MARK}!`,
      ]) {
        const res = await t.http.get(url).set(auth);
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toContain(MARK);
      }
    });
  },
);
