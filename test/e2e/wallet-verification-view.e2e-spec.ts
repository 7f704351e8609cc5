import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, notificationFile } from '../support/notifications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { otherThan, walletClient, type WalletClient } from '../support/wallet-requests.js';

interface Started {
  customerId: string;
  verificationId: string;
  expiresAt: string;
  code: string;
}

/** GET …/verifications/:verificationId (API.md §5.2): its state, never the code. */
describeEachDatabase('reading a wallet verification', (database) => {
  let t: TestApp;
  let wallet: WalletClient;
  let registerIndividual: IndividualRegistrar;
  const sink = notificationFile();
  beforeAll(async () => {
    t = await createTestApp({ database, env: sink.env });
    const token = await t.tokenFor();
    wallet = walletClient(t, token);
    registerIndividual = individualRegistrar(t, token, 'view');
  });
  afterAll(() => t.close());

  async function started(): Promise<Started> {
    const customerId = await registerIndividual();
    const res = await wallet.initiate(customerId, 'email', `${customerId}.new@example.com`);
    expect(res.status).toBe(201);
    const { verificationId, expiresAt } = res.body as { verificationId: string; expiresAt: string };
    return {
      customerId,
      verificationId,
      expiresAt,
      code: await codeFor(t, sink.path, verificationId),
    };
  }
  const viewOf = async ({ customerId, verificationId }: Started) => {
    const res = await wallet.get(customerId, verificationId);
    expect(res.status).toBe(200);
    return res.body as unknown;
  };
  const exactly = (s: Started, status: string, attemptsRemaining: number) => ({
    verificationId: s.verificationId,
    flow: 'WALLET_UPDATE',
    attribute: 'email',
    status,
    expiresAt: s.expiresAt,
    attemptsRemaining,
  });
  /** The lifetime cannot be moved on in a running app, so it is moved back in the row. */
  const outlive = ({ verificationId }: Started) =>
    t.app
      .get<DataSource>(DATA_SOURCE)
      .getRepository('Verification')
      .update({ verificationId }, { expiresAt: '2000-01-01T00:00:00.000Z' });

  it('answers exactly the initiation’s members at every step, never the code or its hash', async () => {
    const s = await started();
    expect(await viewOf(s)).toEqual(exactly(s, 'PENDING', 5));
    await wallet.attempt(s.customerId, s.verificationId, otherThan(s.code)).expect(422);
    expect(await viewOf(s)).toEqual(exactly(s, 'PENDING', 4));
    await wallet.attempt(s.customerId, s.verificationId, s.code).expect(200);
    expect(await viewOf(s)).toEqual(exactly(s, 'COMPLETED', 4));
    const email = `${s.customerId}.new@example.com`;
    await wallet.patch(s.customerId, { email, verificationId: s.verificationId }).expect(200);
    expect(await viewOf(s)).toEqual(exactly(s, 'CONSUMED', 4));
  });

  it('keeps a consumed one consumed past its lifetime: GET, an attempt and a reuse say so', async () => {
    const s = await started();
    await wallet.attempt(s.customerId, s.verificationId, s.code).expect(200);
    const email = `${s.customerId}.new@example.com`;
    await wallet.patch(s.customerId, { email, verificationId: s.verificationId }).expect(200);
    await outlive(s);
    expect(await viewOf(s)).toMatchObject({ status: 'CONSUMED' });
    const tried = await wallet.attempt(s.customerId, s.verificationId, s.code);
    expect([tried.status, tried.body.code]).toEqual([422, 'VERIFICATION_INVALID']);
    const reused = await wallet.patch(s.customerId, { email, verificationId: s.verificationId });
    expect([reused.status, reused.body.code]).toEqual([422, 'VERIFICATION_INVALID']);
  });

  it('keeps a superseded one superseded past its lifetime', async () => {
    const first = await started();
    await wallet.initiate(first.customerId, 'email', 'again.view@example.com').expect(201);
    await outlive(first);
    expect(await viewOf(first)).toMatchObject({ status: 'SUPERSEDED' });
    const tried = await wallet.attempt(first.customerId, first.verificationId, first.code);
    expect([tried.status, tried.body.code]).toEqual([422, 'VERIFICATION_INVALID']);
    const used = await wallet.patch(first.customerId, {
      email: `${first.customerId}.new@example.com`,
      verificationId: first.verificationId,
    });
    expect([used.status, used.body.code]).toEqual([422, 'VERIFICATION_INVALID']);
  });

  it('keeps a failed one failed past its lifetime', async () => {
    const s = await started();
    for (let i = 0; i < 5; i++) {
      await wallet.attempt(s.customerId, s.verificationId, otherThan(s.code)).expect(422);
    }
    await outlive(s);
    expect(await viewOf(s)).toMatchObject({ status: 'FAILED', attemptsRemaining: 0 });
    const tried = await wallet.attempt(s.customerId, s.verificationId, s.code);
    expect(tried.status).toBe(422);
    expect(tried.body).toMatchObject({ code: 'VERIFICATION_FAILED', attemptsRemaining: 0 });
  });

  it('answers a completed one left unused past its lifetime as expired when it is used', async () => {
    const s = await started();
    await wallet.attempt(s.customerId, s.verificationId, s.code).expect(200);
    await outlive(s);
    const used = await wallet.patch(s.customerId, {
      email: `${s.customerId}.new@example.com`,
      verificationId: s.verificationId,
    });
    expect([used.status, used.body.code]).toEqual([422, 'VERIFICATION_EXPIRED']);
  });
});
