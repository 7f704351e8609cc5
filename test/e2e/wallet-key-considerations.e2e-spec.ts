import { individualBody } from '@app/testing';
import { bpmSender } from '../support/bpm-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, notificationFile } from '../support/notifications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient, type WalletClient } from '../support/wallet-requests.js';

/** The five "key considerations" of the wallet seed, each as the service makes it true. */
describeEachDatabase('the wallet seed’s key considerations', (database) => {
  let t: TestApp;
  let token: string;
  let wallet: WalletClient;
  let customers = 0;
  const sink = notificationFile();
  beforeAll(async () => {
    t = await createTestApp({ database, env: sink.env });
    token = await t.tokenFor();
    wallet = walletClient(t, token);
  });
  afterAll(() => t.close());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const register = (body: object) => t.http.post('/api/customers').set(auth()).send(body);
  async function aPerson(): Promise<string> {
    const customerId = `key_${++customers}`;
    await register(individualBody({ customerId, email: `${customerId}@example.com` })).expect(201);
    return customerId;
  }
  const viewOf = async (customerId: string) =>
    (await t.http.get(`/api/customers/${customerId}`).set(auth())).body.customer as {
      email: string;
      phones: Array<{ type: string; countryDialingCode?: string; phoneNumber: string }>;
    };

  it('single contact policy: a person keeps exactly one email and one MOBILE phone', async () => {
    const customerId = await aPerson();
    await wallet
      .patch(customerId, { email: 'single@example.com', mobileNumber: '+447700900101' })
      .expect(200);
    await wallet.patch(customerId, { mobileNumber: '+447700900102' }).expect(200);
    const { email, phones } = await viewOf(customerId);
    expect(email).toBe('single@example.com');
    expect(phones.filter((p) => p.type === 'MOBILE')).toEqual([
      { type: 'MOBILE', countryDialingCode: '44', phoneNumber: '7700900102' },
    ]);
  });

  it('primary designation: the given email and mobile are the ones the customer is found by', async () => {
    const customerId = await aPerson();
    await wallet
      .patch(customerId, { email: 'Primary@Example.com', mobileNumber: '+447700900201' })
      .expect(200);
    for (const query of [{ email: 'primary@example.com' }, { mobileNumber: '+447700900201' }]) {
      const found = await t.http.get('/api/customers').query(query).set(auth());
      expect(found.body.items.map((c: { customerId: string }) => c.customerId)).toEqual([
        customerId,
      ]);
    }
  });

  it('verification requirement: with CONTACT_VERIFICATION=required only verified values are set', async () => {
    const strict = await createTestApp({
      database,
      env: { ...sink.env, CONTACT_VERIFICATION: 'required' },
    });
    try {
      const strictToken = await strict.tokenFor();
      const strictWallet = walletClient(strict, strictToken);
      await strict.http
        .post('/api/customers')
        .set('Authorization', `Bearer ${strictToken}`)
        .send(individualBody({ customerId: 'key_strict', email: 'strict@example.com' }))
        .expect(201);
      const unverified = await strictWallet.patch('key_strict', { mobileNumber: '+447700900301' });
      expect(unverified.status).toBe(422);
      expect(unverified.body).toMatchObject({
        code: 'VERIFICATION_REQUIRED',
        errors: [{ field: 'mobileNumber' }],
      });
      const started = await strictWallet.initiate('key_strict', 'mobile', '+447700900301');
      const { verificationId } = started.body as { verificationId: string };
      const code = await codeFor(strict, sink.path, verificationId);
      await strictWallet.attempt('key_strict', verificationId, code).expect(200);
      const verified = await strictWallet.patch('key_strict', {
        mobileNumber: '+447700900301',
        verificationId,
      });
      expect(verified.status).toBe(200);
      expect(verified.body.mobileNumber).toBe('+447700900301');
    } finally {
      await strict.close();
    }
  });

  it('uniqueness: a value another customer holds is refused, when verifying and when setting it', async () => {
    const [customerId, holder] = [await aPerson(), await aPerson()];
    const setting = await wallet.patch(customerId, { email: `${holder}@example.com` });
    expect(setting.status).toBe(409);
    expect(setting.body).toMatchObject({ code: 'CONTACT_IN_USE' });
    const verifying = await wallet.initiate(customerId, 'email', `${holder}@Example.com`);
    expect(verifying.status).toBe(409);
    expect(verifying.body).toMatchObject({ code: 'CONTACT_IN_USE' });
  });

  it('reassignment of the old contact: removed, kept for its owner, refused to others on every surface until released', async () => {
    const [owner, other] = [await aPerson(), await aPerson()];
    const old = `${owner}@example.com`;
    await wallet.patch(owner, { email: 'moved@example.com' }).expect(200);
    const send = bpmSender(t, token);
    const connectFi = (path: string, body: object) =>
      t.http.post(path).set({ 'x-connectfi-token': token }).send(body);
    const ours = [
      await wallet.patch(other, { email: old }),
      await wallet.initiate(other, 'email', old),
      await send('UpdateContactCommand', { contactEncodedKey: other, emailAddress: old }),
      await register(individualBody({ customerId: `${other}_twin`, email: old })),
    ];
    expect(ours.map((r) => [r.status, r.body.code as string])).toEqual(
      Array(4).fill([409, 'CONTACT_RESERVED']),
    );
    const vendors = [
      await connectFi('/customer/update', { customerId: other, customer: { email: old } }),
      await connectFi('/condor/customer/update', { customerId: other, email: old }),
    ];
    expect(vendors.map((r) => [r.status, r.body.code as string])).toEqual(
      Array(2).fill([409, 'contactReserved']),
    );
    const listed = await t.http
      .get('/api/ops/contacts')
      .query({ status: 'removed', customerId: owner })
      .set(auth());
    expect(listed.body.items).toEqual([
      { kind: 'email', value: old, customerId: owner, removedAt: expect.any(String) as string },
    ]);
    const release = await t.http
      .post('/api/ops/contacts/release')
      .set(auth())
      .send({ kind: 'email', value: old });
    expect(release.status).toBe(200);
    await wallet.patch(other, { email: old }).expect(200);
  });

  it('reassignment: the former owner may take its removed value back', async () => {
    const owner = await aPerson();
    await wallet.patch(owner, { email: 'interim@example.com' }).expect(200);
    const back = await wallet.patch(owner, { email: `${owner}@example.com` });
    expect(back.status).toBe(200);
    expect(back.body.email).toBe(`${owner}@example.com`);
  });
});
