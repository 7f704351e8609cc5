import { clientWithId, getAs } from '../support/audit-clients.js';
import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Requests to command routes refused before their command ran are in the command log too. */
describeEachDatabase('refused command requests in the command log', (database) => {
  let t: TestApp;
  let writer: string;
  let auditor: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    writer = await clientWithId(t, 'ref_writer', ['customers:write', 'clients:admin']);
    auditor = await t.tokenFor(['audit:read']);
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${writer}`)
      .send(individualBody({ customerId: 'ref_1', email: 'ref1@example.com' }))
      .expect(201);
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, requestId: string, token = writer) =>
    t.http
      .post(path)
      .set({ Authorization: `Bearer ${token}`, 'X-Request-Id': requestId })
      .send(body as object);
  const rowsOf = async (requestId: string) => {
    const res = await getAs(t, auditor)('/api/audit/commands', { limit: 500 });
    return (res.body.items as Array<{ requestId: string }>).filter(
      (e) => e.requestId === requestId,
    );
  };

  it('logs a registration whose body fails validation, with the customer id it names', async () => {
    const body = individualBody({ customerId: 'ref_new', email: 'not-an-email' });
    const res = await post('/api/customers', body, 'ref-register');
    expect(res.status).toBe(400);
    expect(await rowsOf('ref-register')).toEqual([
      expect.objectContaining({
        commandName: 'RegisterCustomer',
        source: 'api',
        actor: { clientId: 'ref_writer' },
        customerId: 'ref_new',
        outcome: 'rejected',
        errorCode: 'VALIDATION_FAILED',
      }),
    ]);
  });

  it('logs a BPM command whose data fails validation, once, naming its customer', async () => {
    const data = { contactEncodedKey: 'ref_1', emailAddress: 42 };
    const res = await post(
      '/api/bpm/cmd',
      { commandName: 'UpdateContactCommand', data },
      'ref-bpm',
    );
    expect(res.status).toBe(400);
    expect(await rowsOf('ref-bpm')).toEqual([
      expect.objectContaining({
        commandName: 'UpdateContactCommand',
        source: 'bpm',
        customerId: 'ref_1',
        errorCode: 'VALIDATION_FAILED',
      }),
    ]);
  });

  it('does not log twice a validation failure the command itself logged', async () => {
    const data = { contactEncodedKey: 'ref_1', country: 'Atlantis' };
    const res = await post(
      '/api/bpm/cmd',
      { commandName: 'UpdateContactCommand', data },
      'ref-domain',
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(await rowsOf('ref-domain')).toHaveLength(1);
  });

  it('logs an unknown BPM command under the name the client sent', async () => {
    const body = { commandName: 'DeleteCustomerCommand', data: { customerId: 'ref_1' } };
    const res = await post('/api/bpm/cmd', body, 'ref-unknown');
    expect(res.status).toBe(400);
    expect(await rowsOf('ref-unknown')).toEqual([
      expect.objectContaining({
        commandName: 'DeleteCustomerCommand',
        customerId: 'ref_1',
        errorCode: 'UNKNOWN_COMMAND',
      }),
    ]);
  });

  it('logs no customer id when none can be read, and a placeholder for an unreadable name', async () => {
    await post('/api/bpm/cmd', { commandName: ['x'], data: 'nothing' }, 'ref-envelope').expect(400);
    await post('/api/customers', { customerId: 'has spaces!' }, 'ref-bad-id').expect(400);
    expect(await rowsOf('ref-envelope')).toEqual([
      expect.objectContaining({ commandName: 'UnreadableCommand', customerId: null }),
    ]);
    expect(await rowsOf('ref-bad-id')).toEqual([
      expect.objectContaining({ commandName: 'RegisterCustomer', customerId: null }),
    ]);
  });

  it('logs a refused operations command as source ops', async () => {
    const res = await post('/api/clients', { clientId: 'x y', scopes: ['nope'] }, 'ref-client');
    expect(res.status).toBe(400);
    expect(await rowsOf('ref-client')).toEqual([
      expect.objectContaining({ commandName: 'CreateClient', source: 'ops', customerId: null }),
    ]);
  });

  it.each([
    ['connectFi /customer/update', 'connectfi', '/customer/update'],
    ['condor /condor/customer/update', 'condor', '/condor/customer/update'],
  ])('logs a %s body that fails its schema, naming the customer', async (_, source, path) => {
    const body = { customerId: 'ref_1', customer: { email: 42 } };
    const res = await t.http
      .post(path)
      .set({ 'x-connectfi-token': writer, 'X-Request-Id': `ref-${source}` })
      .send(body);
    expect(res.status).toBe(400);
    expect(await rowsOf(`ref-${source}`)).toEqual([
      expect.objectContaining({
        commandName: 'UpdateCustomerCommand',
        source,
        actor: { clientId: 'ref_writer' },
        customerId: 'ref_1',
        outcome: 'rejected',
        errorCode: 'VALIDATION_FAILED',
      }),
    ]);
  });

  it('logs a wallet contact-info PATCH that fails validation, with the customer of its path', async () => {
    const res = await t.http
      .patch('/v2/customer-persons/ref_1/contact-info')
      .set({ Authorization: `Bearer ${writer}`, 'X-Request-Id': 'ref-wallet' })
      .send({ email: 'nope' });
    expect(res.status).toBe(400);
    expect(await rowsOf('ref-wallet')).toEqual([
      expect.objectContaining({
        commandName: 'UpdateContactInfoCommand',
        source: 'wallet',
        customerId: 'ref_1',
        outcome: 'rejected',
        errorCode: 'VALIDATION_FAILED',
      }),
    ]);
  });

  it('logs wallet verification requests that fail validation, starting one or attempting a code', async () => {
    const base = '/v2/customer-persons/ref_1/verifications';
    const started = await post(base, { flow: 'SIGN_UP', attribute: 'fax' }, 'ref-initiate');
    expect(started.status).toBe(400);
    const attempt = await post(`${base}/some-verification/attempts`, { code: '12' }, 'ref-attempt');
    expect(attempt.status).toBe(400);
    expect(await rowsOf('ref-initiate')).toEqual([
      expect.objectContaining({
        commandName: 'InitiateVerification',
        source: 'wallet',
        customerId: 'ref_1',
        errorCode: 'VALIDATION_FAILED',
      }),
    ]);
    expect(await rowsOf('ref-attempt')).toEqual([
      expect.objectContaining({
        commandName: 'AttemptVerification',
        source: 'wallet',
        customerId: 'ref_1',
        errorCode: 'VALIDATION_FAILED',
      }),
    ]);
  });

  it('logs nothing for a request without a valid token, nor for a read', async () => {
    await post('/api/customers', { customerId: 'ref_anon' }, 'ref-anon', 'bad-token').expect(401);
    await getAs(t, writer)('/api/audit/events').set('X-Request-Id', 'ref-read').expect(403);
    expect(await rowsOf('ref-anon')).toEqual([]);
    expect(await rowsOf('ref-read')).toEqual([]);
  });
});
