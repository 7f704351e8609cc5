import type { Response } from 'supertest';
import { bpmSender } from '../support/bpm-requests.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { codeFor, notificationFile } from '../support/notifications.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient, type WalletClient } from '../support/wallet-requests.js';

type Surface = 'wallet' | 'bpm';

interface Answer {
  readonly status: number;
  readonly code: unknown;
}

/**
 * API.md §5.2: a verification authorises one change. Two requests naming one completed
 * verificationId at the same moment, on one surface or on both: one changes the email, the other
 * is refused, and the verification is consumed once.
 */
describeEachDatabase('two requests racing to use one verification', (database) => {
  let t: TestApp;
  let token: string;
  let wallet: WalletClient;
  let registerIndividual: IndividualRegistrar;
  const sink = notificationFile();
  beforeAll(async () => {
    t = await createTestApp({ database, env: { ...sink.env, CONTACT_VERIFICATION: 'required' } });
    token = await t.tokenFor();
    wallet = walletClient(t, token);
    registerIndividual = individualRegistrar(t, token, 'race');
  });
  afterAll(() => t.close());

  async function completed(customerId: string, email: string): Promise<string> {
    const started = await wallet.initiate(customerId, 'email', email).expect(201);
    const { verificationId } = started.body as { verificationId: string };
    await wallet
      .attempt(customerId, verificationId, await codeFor(t, sink.path, verificationId))
      .expect(200);
    return verificationId;
  }
  /** Sends the change on `surface` and reads its answer as (HTTP status, canonical code). */
  const use = async (surface: Surface, body: Record<string, string>): Promise<Answer> => {
    const { customerId, ...change } = body;
    const res: Response =
      surface === 'wallet'
        ? await wallet.patch(customerId!, change)
        : await bpmSender(t, token)('UpdateContactInfoCommand', body);
    if (surface === 'bpm' && res.status !== 200) {
      expect(res.body).toMatchObject({ isSuccessful: false, statusCode: `CBS_${res.status}` });
    }
    return { status: res.status, code: res.body.code };
  };

  it.each<[Surface, Surface]>([
    ['wallet', 'wallet'],
    ['bpm', 'bpm'],
    ['wallet', 'bpm'],
  ])('%s and %s at once: exactly one 200, the other 422 VERIFICATION_INVALID', async (a, b) => {
    const customerId = await registerIndividual();
    const email = `${customerId}.new@example.com`;
    const verificationId = await completed(customerId, email);
    const body = { customerId, email, verificationId };

    const answers = await Promise.all([use(a, body), use(b, body)]);

    expect([...answers].sort((x, y) => x.status - y.status)).toEqual([
      { status: 200, code: undefined },
      { status: 422, code: 'VERIFICATION_INVALID' },
    ]);
    expect((await wallet.get(customerId, verificationId)).body).toMatchObject({
      status: 'CONSUMED',
    });
    const history = await t.http
      .get(`/api/customers/${customerId}/history`)
      .set('Authorization', `Bearer ${token}`);
    const authorised = (
      history.body.items as Array<{ type: string; metadata: { verificationId?: string } }>
    ).filter((event) => event.metadata.verificationId === verificationId);
    expect(authorised.map((event) => event.type)).toEqual(['EmailChanged']);
  });
});
