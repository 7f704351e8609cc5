import { EventStore, OPS_STREAM } from '@app/event-store';
import { Database } from '@app/persistence';
import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient, type WalletClient } from '../support/wallet-requests.js';

describeEachDatabase('reserved contacts and their release (API.md §7)', (database) => {
  let t: TestApp;
  let token: string;
  let wallet: WalletClient;
  let customers = 0;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    wallet = walletClient(t, token);
  });
  afterAll(() => t.close());
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const release = (body: object, bearer = token) =>
    t.http.post('/api/ops/contacts/release').set('Authorization', `Bearer ${bearer}`).send(body);

  /** A person whose email and mobile were replaced: both old values are reserved for them. */
  async function aPersonWithReservedContacts() {
    const customerId = `reserved_${++customers}`;
    const mobile = String(7_700_900_000 + customers);
    await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ customerId, email: `${customerId}@example.com`, mobile }))
      .expect(201);
    await wallet
      .patch(customerId, {
        email: `${customerId}.new@example.com`,
        mobileNumber: `+4477009${String(customers).padStart(5, '0')}`,
      })
      .expect(200);
    return { customerId, email: `${customerId}@example.com`, mobile: `+1${mobile}` };
  }

  it('releases a removed email: 200, then another customer may take it', async () => {
    const { email } = await aPersonWithReservedContacts();
    const res = await release({ kind: 'email', value: email.toUpperCase() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      kind: 'email',
      value: email,
      releasedAt: expect.any(String) as string,
    });
    const other = await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ customerId: `taker_${customers}`, email }));
    expect(other.status).toBe(201);
  });

  it('compares a mobile given in E.164 normalised, and audits the release on ops with its actor', async () => {
    const { customerId, mobile } = await aPersonWithReservedContacts();
    const operator = await t.tokenFor(['contacts:admin']);
    const res = await release({ kind: 'mobile', value: mobile }, operator);
    expect(res.status).toBe(200);
    const events = await t.app
      .get(Database)
      .read((m) => t.app.get(EventStore).readStream(m, OPS_STREAM));
    expect(events.at(-1)).toMatchObject({
      type: 'ContactReleased',
      data: { kind: 'mobile', value: mobile, customerId },
      metadata: {
        source: 'ops',
        commandName: 'ReleaseContact',
        actor: { clientId: expect.stringMatching(/^test_client_/) as string },
      },
    });
  });

  it('releases every reserved mobile by the value the list shows, a short local one too', async () => {
    const customerId = `reserved_short_${++customers}`;
    await t.http
      .post('/api/customers')
      .set(auth())
      .send(individualBody({ customerId, email: `${customerId}@example.com`, mobile: '5550123' }))
      .expect(201);
    await wallet.patch(customerId, { mobileNumber: '+447700900999' }).expect(200);
    const listed = await t.http
      .get('/api/ops/contacts')
      .query({ status: 'removed', customerId })
      .set(auth());
    expect(listed.body.items).toMatchObject([{ kind: 'mobile', value: '+15550123' }]);
    const res = await release({ kind: 'mobile', value: '+15550123' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'mobile', value: '+15550123' });
    const after = await t.http
      .get('/api/ops/contacts')
      .query({ status: 'removed', customerId })
      .set(auth());
    expect(after.body).toEqual({ items: [] });
  });

  it('answers 404 CONTACT_NOT_RESERVED for a value nobody reserves, and 409 CONTACT_ACTIVE for one in use', async () => {
    const { customerId } = await aPersonWithReservedContacts();
    const unknown = await release({ kind: 'email', value: 'never.used@example.com' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'CONTACT_NOT_RESERVED', status: 404 });
    const active = await release({ kind: 'email', value: `${customerId}.new@example.com` });
    expect(active.status).toBe(409);
    expect(active.body).toMatchObject({ code: 'CONTACT_ACTIVE', status: 409 });
  });

  it('refuses a bad kind or value with 400, and a token without contacts:admin with 403', async () => {
    const bad = await release({ kind: 'fax', value: 7 });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    const notE164 = await release({ kind: 'mobile', value: '0770 0900' });
    expect(notE164.status).toBe(400);
    const reader = await t.tokenFor(['customers:read']);
    const forbidden = await release({ kind: 'email', value: 'x@example.com' }, reader);
    expect(forbidden.status).toBe(403);
  });

  it('lists removed values of one customer, paging with a cursor', async () => {
    const { customerId, email, mobile } = await aPersonWithReservedContacts();
    const first = await t.http
      .get('/api/ops/contacts')
      .query({ status: 'removed', customerId, limit: 1 })
      .set(auth());
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    const second = await t.http
      .get('/api/ops/contacts')
      .query({ status: 'removed', customerId, limit: 1, cursor: first.body.nextCursor as string })
      .set(auth());
    const values = [...first.body.items, ...second.body.items].map(
      (i: { value: string }) => i.value,
    );
    expect(new Set(values)).toEqual(new Set([email, mobile]));
    expect(second.body.nextCursor).toBeUndefined();
    const none = await t.http
      .get('/api/ops/contacts')
      .query({ status: 'removed', customerId: 'nobody' })
      .set(auth());
    expect(none.body).toEqual({ items: [] });
  });
});
