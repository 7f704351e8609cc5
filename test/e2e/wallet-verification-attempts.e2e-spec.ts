import type { DataSource } from 'typeorm';
import { individualBody } from '@app/testing';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, notificationFile } from '../support/notifications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { otherThan, walletClient, type WalletClient } from '../support/wallet-requests.js';

describeEachDatabase('wallet verification attempts (API.md §5.2)', (database) => {
  let t: TestApp;
  let wallet: WalletClient;
  let token: string;
  const sink = notificationFile();
  let customers = 0;
  beforeAll(async () => {
    t = await createTestApp({ database, env: sink.env });
    token = await t.tokenFor();
    wallet = walletClient(t, token);
  });
  afterAll(() => t.close());

  /** A customer of the test's own with a started email verification; its id and code. */
  async function started(): Promise<{ customerId: string; verificationId: string; code: string }> {
    const customerId = `attempts_${++customers}`;
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId, email: `${customerId}@example.com` }))
      .expect(201);
    const res = await wallet.initiate(customerId, 'email', `${customerId}.new@example.com`);
    const { verificationId } = res.body as { verificationId: string };
    return { customerId, verificationId, code: await codeFor(t, sink.path, verificationId) };
  }

  it('fails on the 5th wrong code and answers FAILED to every later attempt, the right code included', async () => {
    const { customerId, verificationId, code } = await started();
    const answers: Array<[number, string, number]> = [];
    for (let i = 0; i < 5; i++) {
      const res = await wallet.attempt(customerId, verificationId, otherThan(code));
      answers.push([res.status, res.body.code as string, res.body.attemptsRemaining as number]);
    }
    expect(answers).toEqual([
      [422, 'VERIFICATION_CODE_MISMATCH', 4],
      [422, 'VERIFICATION_CODE_MISMATCH', 3],
      [422, 'VERIFICATION_CODE_MISMATCH', 2],
      [422, 'VERIFICATION_CODE_MISMATCH', 1],
      [422, 'VERIFICATION_FAILED', 0],
    ]);
    const later = await wallet.attempt(customerId, verificationId, code);
    expect(later.status).toBe(422);
    expect(later.body).toMatchObject({ code: 'VERIFICATION_FAILED', attemptsRemaining: 0 });
    expect((await wallet.get(customerId, verificationId)).body.status).toBe('FAILED');
  });

  it('answers EXPIRED after the lifetime, and the verification reads as expired', async () => {
    const { customerId, verificationId, code } = await started();
    const dataSource = t.app.get<DataSource>(DATA_SOURCE);
    // The clock cannot be moved in a running app, so the lifetime is over in the row instead.
    await dataSource
      .getRepository('Verification')
      .update({ verificationId }, { expiresAt: '2000-01-01T00:00:00.000Z' });
    const late = await wallet.attempt(customerId, verificationId, code);
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({ code: 'VERIFICATION_EXPIRED' });
    expect((await wallet.get(customerId, verificationId)).body.status).toBe('EXPIRED');
  });

  it('supersedes a pending verification when a new one starts: the old one answers INVALID', async () => {
    const first = await started();
    const second = await wallet.initiate(first.customerId, 'email', 'again@example.com');
    expect(second.status).toBe(201);
    const old = await wallet.attempt(first.customerId, first.verificationId, first.code);
    expect(old.status).toBe(422);
    expect(old.body).toMatchObject({ code: 'VERIFICATION_INVALID' });
    expect((await wallet.get(first.customerId, first.verificationId)).body.status).toBe(
      'SUPERSEDED',
    );
  });

  it('answers 404 VERIFICATION_NOT_FOUND for an unknown verification or another customer’s', async () => {
    const mine = await started();
    const other = await started();
    for (const res of [
      await wallet.attempt(mine.customerId, 'no-such-verification', '123456'),
      await wallet.attempt(other.customerId, mine.verificationId, mine.code),
      await wallet.get(other.customerId, mine.verificationId),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'VERIFICATION_NOT_FOUND', status: 404 });
    }
  });

  it('refuses a bad flow, attribute, value or code with 400 naming each field', async () => {
    const { customerId, verificationId } = await started();
    const bad = await t.http
      .post(`/v2/customer-persons/${customerId}/verifications`)
      .set('Authorization', `Bearer ${token}`)
      .send({ flow: 'SIGN_UP', attribute: 'fax', value: 7 });
    expect(bad.status).toBe(400);
    const fields = (bad.body.errors as Array<{ field: string }>).map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['attribute', 'flow', 'value']));
    const mobile = await wallet.initiate(customerId, 'mobile', '07700 900123');
    expect(mobile.status).toBe(400);
    expect(mobile.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'value' }] });
    const code = await wallet.attempt(customerId, verificationId, '12345');
    expect(code.status).toBe(400);
    expect(code.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'code' }] });
  });

  it('answers 404 CUSTOMER_NOT_FOUND when starting one for an unknown customer', async () => {
    const res = await wallet.initiate('nobody_here', 'email', 'x@example.com');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
  });
});
