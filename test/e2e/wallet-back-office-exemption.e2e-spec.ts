import type { Response } from 'supertest';
import { individualBody } from '@app/testing';
import { bpmSender } from '../support/bpm-requests.js';
import { CONDOR_UPDATE, CUSTOMER_UPDATE } from '../support/connectfi-requests.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { ADMIN_CLIENT, createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

interface HistoryEvent {
  type: string;
  data: { from?: unknown; to?: unknown };
  metadata: { source: string; actor: { clientId: string }; commandName: string };
}

/**
 * The verification policy belongs to the wallet brand (API.md §5.2): the back-office channels and
 * registration change or claim an email without one, and their events say who did it and where.
 */
describeEachDatabase('CONTACT_VERIFICATION=required and the back-office channels', (database) => {
  let t: TestApp;
  let token: string;
  let registerIndividual: IndividualRegistrar;
  beforeAll(async () => {
    t = await createTestApp({ database, env: { CONTACT_VERIFICATION: 'required' } });
    token = await t.tokenFor();
    registerIndividual = individualRegistrar(t, token, 'office');
  });
  afterAll(() => t.close());

  const historyOf = async (customerId: string) =>
    (
      await t.http
        .get(`/api/customers/${customerId}/history`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200)
    ).body.items as HistoryEvent[];
  const connectFi = (path: string, body: object): Promise<Response> =>
    t.http.post(path).set('x-connectfi-token', token).send(body);

  const channels: Array<
    [string, string, string, (id: string, email: string) => Promise<Response>]
  > = [
    [
      'connectFi /customer/update',
      'connectfi',
      'UpdateCustomerCommand',
      (customerId, email) => connectFi(CUSTOMER_UPDATE, { customerId, customer: { email } }),
    ],
    [
      'condor',
      'condor',
      'UpdateCustomerCommand',
      (customerId, email) => connectFi(CONDOR_UPDATE, { customerId, email }),
    ],
    [
      'BPM UpdateContactCommand',
      'bpm',
      'UpdateContactCommand',
      (customerId, email) =>
        bpmSender(t, token)('UpdateContactCommand', {
          contactEncodedKey: customerId,
          emailAddress: email,
        }),
    ],
  ];

  it.each(channels)(
    '%s changes an email with no verification, recorded with its source and actor',
    async (_channel, source, commandName, change) => {
      const customerId = await registerIndividual();
      const email = `${customerId}.office@example.com`;
      const res = await change(customerId, email);
      expect(res.status).toBe(200);
      const last = (await historyOf(customerId)).at(-1)!;
      expect(last).toMatchObject({
        type: 'EmailChanged',
        data: { from: `${customerId}@example.com`, to: email },
        metadata: { source, commandName, actor: { clientId: ADMIN_CLIENT.clientId } },
      });
      expect(last.metadata).not.toHaveProperty('verificationId');
    },
  );

  it('registration claims an email and a mobile with no verification, recorded as api', async () => {
    const res = await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId: 'office_reg', email: 'office.reg@example.com' }));
    expect(res.status).toBe(201);
    expect(res.body.customer).toMatchObject({
      email: 'office.reg@example.com',
      phones: [{ type: 'MOBILE' }],
    });
    const [registered] = await historyOf('office_reg');
    expect(registered).toMatchObject({
      type: 'CustomerRegistered',
      metadata: {
        source: 'api',
        commandName: 'RegisterCustomer',
        actor: { clientId: ADMIN_CLIENT.clientId },
      },
    });
  });

  it('while the wallet, in the same service, still needs a verification for that change', async () => {
    const customerId = await registerIndividual();
    const res = await walletClient(t, token).patch(customerId, {
      email: `${customerId}.office@example.com`,
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'VERIFICATION_REQUIRED', errors: [{ field: 'email' }] });
  });
});
