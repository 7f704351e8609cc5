import {
  bootWithTwoIndividuals,
  SEED_SAMPLE_REQUEST,
  type BpmSender,
} from '../support/bpm-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, notificationFile } from '../support/notifications.js';
import { walletClient } from '../support/wallet-requests.js';
import type { TestApp } from '../support/test-app.js';

describeEachDatabase('BPM with CONTACT_VERIFICATION=required', (database) => {
  let t: TestApp;
  let send: BpmSender;
  const sink = notificationFile();
  beforeAll(
    async () =>
      ({ t, send } = await bootWithTwoIndividuals(database, {
        CONTACT_VERIFICATION: 'required',
        ...sink.env,
      })),
  );
  afterAll(() => t.close());

  it('refuses UpdateContactInfoCommand without a verificationId with CBS_422', async () => {
    const res = await send('UpdateContactInfoCommand', {
      customerId: 'cust_a',
      email: 'a.new@example.com',
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
    const res = await send('UpdateContactInfoCommand', {
      customerId: 'cust_a',
      email: 'a.new@example.com',
      verificationId: 'ver_123',
    });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ statusCode: 'CBS_422', code: 'VERIFICATION_INVALID' });
  });

  it('accepts a completed verification, records it in the metadata of the events, and consumes it', async () => {
    const wallet = walletClient(t, await t.tokenFor());
    const started = await wallet.initiate('cust_a', 'email', 'a.verified@example.com');
    const { verificationId } = started.body as { verificationId: string };
    await wallet
      .attempt('cust_a', verificationId, await codeFor(t, sink.path, verificationId))
      .expect(200);
    const data = { customerId: 'cust_a', email: 'a.verified@example.com', verificationId };
    const res = await send('UpdateContactInfoCommand', data);
    expect(res.status).toBe(200);
    expect((await wallet.get('cust_a', verificationId)).body.status).toBe('CONSUMED');
    const { body } = await t.http
      .get('/api/customers/cust_a/history')
      .set('Authorization', `Bearer ${await t.tokenFor(['audit:read'])}`);
    expect(body.items.at(-1)).toMatchObject({
      type: 'EmailChanged',
      metadata: {
        verificationId,
        commandName: 'UpdateContactInfoCommand',
        source: 'bpm',
      },
    });
  });

  it('does not ask UpdateContactCommand, a back-office channel, for a verification', async () => {
    const res = await send('UpdateContactCommand', {
      ...SEED_SAMPLE_REQUEST.data,
      contactEncodedKey: 'cust_b',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ contactEncodedKey: 'cust_b', version: 4 });
  });
});
