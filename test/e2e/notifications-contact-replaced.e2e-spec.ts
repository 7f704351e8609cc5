import type { Response } from 'supertest';
import { aPhone } from '@app/testing';
import { bpmSender } from '../support/bpm-requests.js';
import { CONDOR_UPDATE, CUSTOMER_UPDATE } from '../support/connectfi-requests.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { aReplacedNotice, notificationFile, replacedNoticesFor } from '../support/notifications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

type Change = (t: TestApp, token: string, customerId: string) => Promise<Response>;

const connectFi = (t: TestApp, token: string, path: string, body: object) =>
  t.http.post(path).set('x-connectfi-token', token).send(body);
const bpm = (t: TestApp, token: string, commandName: string, data: object) =>
  bpmSender(t, token)(commandName, data);

/** Each replaces the registered email with `new.<customerId>@example.com`. */
const emailChanges: Array<[string, Change]> = [
  [
    'the wallet',
    (t, token, id) => walletClient(t, token).patch(id, { email: `new.${id}@example.com` }),
  ],
  [
    'connectFi /customer/update',
    (t, token, id) =>
      connectFi(t, token, CUSTOMER_UPDATE, {
        customerId: id,
        customer: { email: `new.${id}@example.com` },
      }),
  ],
  [
    'condor',
    (t, token, id) =>
      connectFi(t, token, CONDOR_UPDATE, { customerId: id, email: `new.${id}@example.com` }),
  ],
  [
    'BPM UpdateContactCommand',
    (t, token, id) =>
      bpm(t, token, 'UpdateContactCommand', {
        contactEncodedKey: id,
        emailAddress: `new.${id}@example.com`,
      }),
  ],
  [
    'BPM UpdateContactInfoCommand',
    (t, token, id) =>
      bpm(t, token, 'UpdateContactInfoCommand', { customerId: id, email: `new.${id}@example.com` }),
  ],
];

/** Each replaces the registered MOBILE with a number of its own, and names its masked form. */
const mobileChanges: Array<[string, string, Change]> = [
  [
    'the wallet',
    '+********0123',
    (t, token, id) => walletClient(t, token).patch(id, { mobileNumber: '+447700900123' }),
  ],
  [
    'BPM UpdateContactCommand',
    '+*********3210',
    (t, token, id) =>
      bpm(t, token, 'UpdateContactCommand', {
        contactEncodedKey: id,
        phoneNumber: '+234 987 654 3210',
      }),
  ],
  [
    'connectFi /customer/update',
    '+*******0144',
    (t, token, id) =>
      connectFi(t, token, CUSTOMER_UPDATE, {
        customerId: id,
        customer: { phones: [aPhone({ countryDialingCode: '1', phoneNumber: '2025550144' })] },
      }),
  ],
];

/** API.md §5.2: a replaced email or mobile hears of it, on any surface, with the new value masked. */
describeEachDatabase('the contact-replaced notice to the old value', (database) => {
  let t: TestApp;
  let token: string;
  let registerIndividual: IndividualRegistrar;
  const sink = notificationFile();
  let mobiles = 0;
  beforeAll(async () => {
    t = await createTestApp({ database, env: sink.env });
    token = await t.tokenFor();
    registerIndividual = individualRegistrar(t, token, 'replaced');
  });
  afterAll(() => t.close());

  it.each(emailChanges)('goes to the old email when %s replaces it', async (_surface, change) => {
    const customerId = await registerIndividual();
    expect((await change(t, token, customerId)).status).toBe(200);
    expect(await replacedNoticesFor(t, sink.path, customerId)).toEqual([
      aReplacedNotice({
        channel: 'email',
        to: `${customerId}@example.com`,
        customerId,
        replacedBy: 'n***@example.com',
      }),
    ]);
  });

  it.each(mobileChanges)(
    'goes by SMS to the old mobile when %s replaces it',
    async (_surface, replacedBy, change) => {
      const mobile = String(2_025_550_200 + ++mobiles);
      const customerId = await registerIndividual({ mobile });
      expect((await change(t, token, customerId)).status).toBe(200);
      expect(await replacedNoticesFor(t, sink.path, customerId)).toEqual([
        aReplacedNotice({ channel: 'sms', to: `+1${mobile}`, customerId, replacedBy }),
      ]);
    },
  );
});
