import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, notificationFile } from '../support/notifications.js';
import { ADMIN_CLIENT, createTestApp, type TestApp } from '../support/test-app.js';
import { otherThan, walletClient, type WalletClient } from '../support/wallet-requests.js';

interface Entry {
  commandName: string;
  source: string;
  actor: { clientId: string };
  customerId: string | null;
  outcome: string;
  errorCode?: string;
  requestId: string;
}

/** API.md §8: every command, verifications included, accepted or refused, is in the command log. */
describeEachDatabase('the command log of wallet verifications', (database) => {
  let t: TestApp;
  let token: string;
  let wallet: WalletClient;
  let registerIndividual: IndividualRegistrar;
  const sink = notificationFile();
  beforeAll(async () => {
    t = await createTestApp({ database, env: sink.env });
    token = await t.tokenFor();
    wallet = walletClient(t, token);
    registerIndividual = individualRegistrar(t, token, 'vlog');
  });
  afterAll(() => t.close());

  const logOf = async (customerId: string, commandName: string) => {
    const res = await t.http
      .get('/api/audit/commands')
      .query({ customerId, commandName })
      .set('Authorization', `Bearer ${await t.tokenFor(['audit:read'])}`);
    expect(res.status).toBe(200);
    return res.body.items as Entry[];
  };
  const entry = (customerId: string, requestId: string, outcome: string, errorCode?: string) => ({
    source: 'wallet',
    actor: { clientId: ADMIN_CLIENT.clientId },
    customerId,
    requestId,
    outcome,
    ...(errorCode ? { errorCode } : {}),
  });

  it('records InitiateVerification accepted and rejected, with its code', async () => {
    const [customerId, holder] = [await registerIndividual(), await registerIndividual()];
    await wallet
      .initiate(customerId, 'email', `${customerId}.new@example.com`)
      .set('X-Request-Id', `${customerId}-start`)
      .expect(201);
    await wallet
      .initiate(customerId, 'email', `${holder}@example.com`)
      .set('X-Request-Id', `${customerId}-taken`)
      .expect(409);
    const entries = await logOf(customerId, 'InitiateVerification');
    expect(entries).toMatchObject([
      entry(customerId, `${customerId}-start`, 'accepted'),
      entry(customerId, `${customerId}-taken`, 'rejected', 'CONTACT_IN_USE'),
    ]);
    expect(entries[0]).not.toHaveProperty('errorCode');
  });

  it('records AttemptVerification accepted and rejected, a wrong code with its code', async () => {
    const customerId = await registerIndividual();
    const started = await wallet.initiate(customerId, 'email', `${customerId}.new@example.com`);
    const { verificationId } = started.body as { verificationId: string };
    const code = await codeFor(t, sink.path, verificationId);
    const attempt = (value: string, requestId: string, status: number) =>
      wallet
        .attempt(customerId, verificationId, value)
        .set('X-Request-Id', `${customerId}-${requestId}`)
        .expect(status);
    await attempt(otherThan(code), 'wrong', 422);
    await attempt(code, 'right', 200);
    await wallet
      .attempt(customerId, 'no-such-verification', code)
      .set('X-Request-Id', `${customerId}-unknown`)
      .expect(404);
    const entries = await logOf(customerId, 'AttemptVerification');
    expect(entries).toMatchObject([
      entry(customerId, `${customerId}-wrong`, 'rejected', 'VERIFICATION_CODE_MISMATCH'),
      entry(customerId, `${customerId}-right`, 'accepted'),
      entry(customerId, `${customerId}-unknown`, 'rejected', 'VERIFICATION_NOT_FOUND'),
    ]);
    expect(entries[1]).not.toHaveProperty('errorCode');
  });
});
