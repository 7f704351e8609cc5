import type { DataSource } from 'typeorm';
import { TokenService } from '@app/auth';
import { CommandLogEntity, EventEntity } from '@app/event-store';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { bpmSender, type BpmSender } from '../support/bpm-requests.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachDatabase('the command log (API.md §8)', (database) => {
  let t: TestApp;
  let token: string;
  let send: BpmSender;
  let dataSource: DataSource;
  /** Each test updates customers of its own, so versions and claims are the test's alone. */
  let registerIndividual: IndividualRegistrar;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    send = bpmSender(t, token);
    dataSource = t.app.get<DataSource>(DATA_SOURCE);
    registerIndividual = individualRegistrar(t, token, 'log');
  });
  afterAll(() => t.close());

  const rowsOf = (requestId: string) =>
    dataSource.getRepository(CommandLogEntity).findBy({ requestId });
  const eventCount = () => dataSource.getRepository(EventEntity).count();

  it('records an accepted command from the arrival of its request to its commit', async () => {
    const customerId = await registerIndividual();
    const sentAt = new Date().toISOString();
    const res = await send(
      'UpdateContactCommand',
      { contactEncodedKey: customerId, city: 'Abuja' },
      { 'X-Request-Id': 'log-accepted' },
    );
    expect(res.status).toBe(200);
    const [row, ...others] = await rowsOf('log-accepted');
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      commandName: 'UpdateContactCommand',
      source: 'bpm',
      actorClientId: 'test_admin',
      customerId,
      outcome: 'accepted',
      errorCode: null,
    });
    const event = await dataSource
      .getRepository(EventEntity)
      .findOneByOrFail({ streamId: customerId, version: 2 });
    // Arrival comes before the decision (which stamps the event), and the duration covers both.
    expect(row!.receivedAt >= sentAt).toBe(true);
    expect(row!.receivedAt <= event.occurredAt).toBe(true);
    const decidedAfter = Date.parse(event.occurredAt) - Date.parse(row!.receivedAt);
    expect(row!.durationMs).toBeGreaterThanOrEqual(decidedAfter);
  });

  it('stamps arrival before authentication runs, and times the command from it', async () => {
    const customerId = await registerIndividual();
    const tokens = t.app.get(TokenService);
    const verify = tokens.verify.bind(tokens);
    let authenticatingAt = '';
    let authenticatedAt = '';
    // Authentication takes until the clock has moved on, so arrival stamped after it would show.
    tokens.verify = async (token) => {
      authenticatingAt = new Date().toISOString();
      while (new Date().toISOString() === authenticatingAt) await new Promise(setImmediate);
      authenticatedAt = new Date().toISOString();
      return verify(token);
    };
    try {
      const res = await send(
        'UpdateContactCommand',
        { contactEncodedKey: customerId, city: 'Kano' },
        { 'X-Request-Id': 'log-arrival' },
      );
      expect(res.status).toBe(200);
    } finally {
      tokens.verify = verify;
    }
    const [row] = await rowsOf('log-arrival');
    expect(row!.receivedAt <= authenticatingAt).toBe(true);
    const authenticating = Date.parse(authenticatedAt) - Date.parse(row!.receivedAt);
    expect(row!.durationMs).toBeGreaterThanOrEqual(authenticating);
  });

  it('records a command that changes nothing as a no-op', async () => {
    const customerId = await registerIndividual();
    const change = { contactEncodedKey: customerId, city: 'Abuja' };
    expect((await send('UpdateContactCommand', change)).status).toBe(200);
    // The same change again: the customer already has it.
    const res = await send('UpdateContactCommand', change, {
      'X-Request-Id': 'log-noop',
    });
    expect(res.status).toBe(200);
    expect(await rowsOf('log-noop')).toMatchObject([{ outcome: 'noop', errorCode: null }]);
  });

  it('records a rejection with its canonical code, and writes nothing else', async () => {
    const customerId = await registerIndividual();
    const holder = await registerIndividual();
    const before = await eventCount();
    const res = await send(
      'UpdateContactCommand',
      { contactEncodedKey: customerId, emailAddress: `${holder}@EXAMPLE.com`, city: 'Kano' },
      { 'X-Request-Id': 'log-rejected' },
    );
    expect(res.status).toBe(409);
    expect(await rowsOf('log-rejected')).toMatchObject([
      { outcome: 'rejected', errorCode: 'CONTACT_IN_USE', customerId },
    ]);
    expect(await eventCount()).toBe(before);
  });

  it('records an unknown customer as rejected with CUSTOMER_NOT_FOUND', async () => {
    const res = await send(
      'UpdateContactCommand',
      { contactEncodedKey: 'log_nobody', city: 'Kano' },
      {
        'X-Request-Id': 'log-unknown',
      },
    );
    expect(res.status).toBe(404);
    expect(await rowsOf('log-unknown')).toMatchObject([
      { outcome: 'rejected', errorCode: 'CUSTOMER_NOT_FOUND', customerId: 'log_nobody' },
    ]);
  });

  it('records operations commands through the same runner, as source ops', async () => {
    await t.http
      .post('/api/clients')
      .set({ Authorization: `Bearer ${token}`, 'X-Request-Id': 'log-ops' })
      .send({ clientId: 'log_partner', scopes: ['customers:read'] })
      .expect(201);
    expect(await rowsOf('log-ops')).toMatchObject([
      { commandName: 'CreateClient', source: 'ops', outcome: 'accepted', customerId: null },
    ]);
  });
});
