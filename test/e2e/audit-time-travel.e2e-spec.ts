import { getAs, problemFields } from '../support/audit-clients.js';
import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** `?asOf` includes its instant, `?version` works, bad values are 400 and the past before is 404. */
describeEachDatabase('point-in-time views (issue 9 item 6)', (database) => {
  let t: TestApp;
  let get: ReturnType<typeof getAs>;
  let registeredAt: string;
  let changedAt: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    const admin = await t.tokenFor();
    get = getAs(t, admin);
    const registered = await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${admin}`)
      .send(individualBody({ customerId: 'tt_exact', email: 'before@example.com' }))
      .expect(201);
    registeredAt = registered.body.updatedAt as string;
    const changed = await t.http
      .post('/api/bpm/cmd')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        commandName: 'UpdateContactCommand',
        data: { contactEncodedKey: 'tt_exact', emailAddress: 'after@example.com' },
      })
      .expect(200);
    changedAt = changed.body.data.lastModifiedDate as string;
  });
  afterAll(() => t.close());
  const view = (query: Record<string, string | number>) => get('/api/customers/tt_exact', query);

  it('includes an event that occurred at exactly the asOf instant', async () => {
    const res = await view({ asOf: changedAt });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, customer: { email: 'after@example.com' } });
    const same = await view({ asOf: changedAt.replace('Z', '+00:00') });
    expect(same.body.version).toBe(2);
  });

  it('leaves out an event one millisecond after asOf', async () => {
    const justBefore = new Date(Date.parse(changedAt) - 1).toISOString();
    const res = await view({ asOf: justBefore });
    // Registration and change may share one millisecond; then nothing existed just before.
    if (justBefore < registeredAt) expect(res.status).toBe(404);
    else expect(res.body).toMatchObject({ version: 1, customer: { email: 'before@example.com' } });
  });

  it('answers 404 for a time or a version before, or after, the stream', async () => {
    const before = new Date(Date.parse(registeredAt) - 1).toISOString();
    const queries: Array<Record<string, string | number>> = [
      { asOf: before },
      { version: 3 },
      { version: 2, asOf: registeredAt },
    ];
    for (const query of queries) {
      const res = await view(query);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('CUSTOMER_NOT_FOUND');
    }
    expect((await view({ version: 1 })).body.version).toBe(1);
  });

  it('refuses a bad asOf or version with 400 naming the field', async () => {
    for (const [query, field] of [
      [{ asOf: '2026-W47' }, 'asOf'],
      [{ asOf: '2026-11-21T10:30:00' }, 'asOf'],
      [{ asOf: 'soon' }, 'asOf'],
      [{ version: 0 }, 'version'],
      [{ version: 'two' }, 'version'],
    ] as const) {
      const res = await view(query);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(problemFields(res.body)).toEqual([field]);
    }
  });

  it('masks the view without audit:pii and never shows the SSN whole', async () => {
    const auditor = await t.tokenFor(['customers:read', 'audit:read']);
    const masked = await getAs(t, auditor)('/api/customers/tt_exact', { version: 1 });
    expect(masked.body.customer).toMatchObject({
      email: 'b***@example.com',
      dateOfBirth: '***',
      identificationDocuments: [{ type: 'SSN', last4: '***' }],
    });
    const pii = await t.tokenFor(['customers:read', 'audit:read', 'audit:pii']);
    const shown = await getAs(t, pii)('/api/customers/tt_exact', { version: 1 });
    expect(shown.body.customer.identificationDocuments[0].last4).toBe('7000');
    expect(JSON.stringify(shown.body)).not.toContain('123457000');
  });
});
