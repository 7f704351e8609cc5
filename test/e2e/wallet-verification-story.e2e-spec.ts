import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, deliveredTo, notificationFile } from '../support/notifications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { otherThan, walletClient, type WalletClient } from '../support/wallet-requests.js';

describeEachDatabase('the wallet verification story (API.md §5.2)', (database) => {
  let t: TestApp;
  let wallet: WalletClient;
  const sink = notificationFile();
  beforeAll(async () => {
    t = await createTestApp({ database, env: { ...sink.env, CONTACT_VERIFICATION: 'required' } });
    const token = await t.tokenFor();
    wallet = walletClient(t, token);
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId: 'story_1', email: 'old.story@example.com' }))
      .expect(201);
  });
  afterAll(() => t.close());

  it('initiates, takes one wrong code, completes, changes the email once, and tells the old address', async () => {
    const started = await wallet.initiate('story_1', 'email', ' New.Story@example.com ');
    expect(started.status).toBe(201);
    expect(started.body).toEqual({
      verificationId: expect.any(String) as string,
      flow: 'WALLET_UPDATE',
      attribute: 'email',
      status: 'PENDING',
      expiresAt: expect.stringMatching(/Z$/) as string,
      attemptsRemaining: 5,
    });
    const { verificationId } = started.body as { verificationId: string };
    const code = await codeFor(t, sink.path, verificationId);
    expect(code).toMatch(/^\d{6}$/);

    const wrong = await wallet.attempt('story_1', verificationId, otherThan(code));
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ code: 'VERIFICATION_CODE_MISMATCH', attemptsRemaining: 4 });

    const right = await wallet.attempt('story_1', verificationId, code);
    expect(right.status).toBe(200);
    expect(right.body).toEqual({ verificationId, status: 'COMPLETED', attemptsRemaining: 4 });

    const patched = await wallet.patch('story_1', {
      email: 'new.story@example.com',
      verificationId,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ customerId: 'story_1', email: 'new.story@example.com' });
    const history = await t.http
      .get('/api/customers/story_1/history')
      .set('Authorization', `Bearer ${await t.tokenFor(['audit:read'])}`);
    expect(history.body.items.at(-1)).toMatchObject({
      type: 'EmailChanged',
      metadata: { source: 'wallet', verificationId, commandName: 'UpdateContactInfoCommand' },
    });

    const reused = await wallet.patch('story_1', {
      email: 'new.story@example.com',
      verificationId,
    });
    expect(reused.status).toBe(422);
    expect(reused.body).toMatchObject({ code: 'VERIFICATION_INVALID' });
    expect((await wallet.get('story_1', verificationId)).body).toMatchObject({
      status: 'CONSUMED',
    });

    const notices = (await deliveredTo(t, sink.path)).filter((m) => m.kind === 'contact-replaced');
    expect(notices).toEqual([
      expect.objectContaining({
        channel: 'email',
        to: 'old.story@example.com',
        customerId: 'story_1',
        replacedBy: 'n***@example.com',
      }),
    ]);
  });
});
