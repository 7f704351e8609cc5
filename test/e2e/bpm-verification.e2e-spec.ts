import { bpmSender, SEED_SAMPLE_REQUEST, type BpmSender } from '../support/bpm-requests.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, notificationFile } from '../support/notifications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

describeEachDatabase('BPM with CONTACT_VERIFICATION=required', (database) => {
  let t: TestApp;
  let send: BpmSender;
  const sink = notificationFile();
  /** Each test changes an individual of its own, under an email of its own. */
  let registerIndividual: IndividualRegistrar;
  beforeAll(async () => {
    t = await createTestApp({ database, env: { CONTACT_VERIFICATION: 'required', ...sink.env } });
    const token = await t.tokenFor();
    send = bpmSender(t, token);
    registerIndividual = individualRegistrar(t, token);
  });
  afterAll(() => t.close());

  it('refuses UpdateContactInfoCommand without a verificationId with CBS_422', async () => {
    const customerId = await registerIndividual();
    const res = await send('UpdateContactInfoCommand', {
      customerId,
      email: `${customerId}.new@example.com`,
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      isSuccessful: false,
      statusCode: 'CBS_422',
      code: 'VERIFICATION_REQUIRED',
      errors: [{ field: 'email' }],
    });
  });

  it('refuses a verificationId that names no completed verification with CBS_422', async () => {
    const customerId = await registerIndividual();
    const res = await send('UpdateContactInfoCommand', {
      customerId,
      email: `${customerId}.new@example.com`,
      verificationId: 'ver_123',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ statusCode: 'CBS_422', code: 'VERIFICATION_INVALID' });
  });

  it('accepts a completed verification, records it in the metadata of the events, and consumes it', async () => {
    const customerId = await registerIndividual();
    const email = `${customerId}.verified@example.com`;
    const wallet = walletClient(t, await t.tokenFor());
    const started = await wallet.initiate(customerId, 'email', email);
    const { verificationId } = started.body as { verificationId: string };
    await wallet
      .attempt(customerId, verificationId, await codeFor(t, sink.path, verificationId))
      .expect(200);
    const res = await send('UpdateContactInfoCommand', { customerId, email, verificationId });
    expect(res.status).toBe(200);
    expect((await wallet.get(customerId, verificationId)).body.status).toBe('CONSUMED');
    const { body } = await t.http
      .get(`/api/customers/${customerId}/history`)
      .set('Authorization', `Bearer ${await t.tokenFor(['audit:read'])}`);
    expect(body.items.at(-1)).toMatchObject({
      type: 'EmailChanged',
      metadata: { verificationId, commandName: 'UpdateContactInfoCommand', source: 'bpm' },
    });
  });

  it('does not ask UpdateContactCommand, a back-office channel, for a verification', async () => {
    const customerId = await registerIndividual();
    const res = await send('UpdateContactCommand', {
      ...SEED_SAMPLE_REQUEST.data,
      contactEncodedKey: customerId,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ contactEncodedKey: customerId, version: 4 });
  });
});
