import { VerificationCodes } from '@app/customer';
import { OutboxDispatcher } from '@app/notifications';
import { individualBody } from '@app/testing';
import { bpmSender } from '../support/bpm-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { ADMIN_CLIENT, createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

/** No secret, token, code or contact value reaches a log line (the `log` sink included). */
describeEachDatabase('what the logs never hold', (database) => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ database, logLines: lines });
  });
  afterAll(() => t.close());

  /** The codes the app issues from now on, as they are sent. */
  function issuedCodes(): string[] {
    const codes = t.app.get(VerificationCodes);
    const issue = codes.issue.bind(codes);
    const issued: string[] = [];
    codes.issue = () => {
      const code = issue();
      issued.push(code.code);
      return code;
    };
    return issued;
  }

  it('logs requests and notifications without secrets, tokens, codes, contact values or SSNs', async () => {
    const token = await t.tokenFor();
    const auth = { Authorization: `Bearer ${token}` };
    const body = individualBody({
      customerId: 'secret_1',
      email: 'private.person@example.com',
      mobile: '5550199',
    });
    await t.http.post('/api/customers').set(auth).send(body).expect(201);
    await bpmSender(t, token)('UpdateContactCommand', {
      contactEncodedKey: 'secret_1',
      phoneNumber: '+44 7700 900555',
      emailAddress: 'still.private@example.com',
    });
    const issued = issuedCodes();
    const wallet = walletClient(t, token);
    const started = await wallet
      .initiate('secret_1', 'email', 'hidden.new@example.com')
      .expect(201);
    const { verificationId } = started.body as { verificationId: string };
    await t.app.get(OutboxDispatcher).drain();
    const wrong = issued[0] === '000000' ? '111111' : '000000';
    await wallet.attempt('secret_1', verificationId, wrong).expect(422);
    await t.http
      .post('/customer/update')
      .set({ 'x-connectfi-token': token })
      .send({ customerId: 'secret_1', customer: {} });

    expect(issued).toHaveLength(1);
    const log = lines.join('');
    expect(lines.filter((line) => line.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(
      6,
    );
    expect(log).toContain('notification sent');
    const secrets = [
      ADMIN_CLIENT.clientSecret,
      token,
      token.split('.')[2]!,
      'private.person@example.com',
      'still.private@example.com',
      'hidden.new@example.com',
      '5550199',
      '7700900555',
      body.customer.identificationDocuments[0]!.value,
      ...issued,
    ];
    for (const secret of secrets) expect(log).not.toContain(secret);
  });

  it('writes one line per request: request id, client, method, route template, status, duration', async () => {
    const token = await t.tokenFor();
    await t.http
      .get('/api/customers/log_line_nobody')
      .set({ Authorization: `Bearer ${token}`, 'X-Request-Id': 'log-line-1' })
      .expect(404);
    const requestLines = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'request' && line.requestId === 'log-line-1');
    expect(requestLines).toEqual([
      expect.objectContaining({
        level: 30,
        requestId: 'log-line-1',
        clientId: ADMIN_CLIENT.clientId,
        method: 'GET',
        route: '/api/customers/:customerId',
        status: 404,
        ms: expect.any(Number) as number,
      }),
    ]);
    expect(requestLines[0]).not.toHaveProperty('reqId'); // the request is named once
    // The route template, never the URL: the id in the path is not in the line.
    expect(JSON.stringify(requestLines)).not.toContain('log_line_nobody');
  });
});
