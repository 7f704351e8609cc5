import { everyPage, getAs, problemFields } from '../support/audit-clients.js';
import { auditScenario, type AuditScenario } from '../support/audit-scenario.js';
import { describeEachDatabase } from '../support/databases.js';

interface Item {
  position: number;
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
  metadata: { source: string; commandName: string; actor: { clientId: string } };
  redacted?: true;
}

describeEachDatabase('GET /api/audit/events (API.md §8)', (database) => {
  let s: AuditScenario;
  let get: ReturnType<typeof getAs>;
  beforeAll(async () => {
    s = await auditScenario(database);
    get = getAs(s.t, s.auditor);
  });
  afterAll(() => s.t.close());
  const items = async (query: Record<string, string | number>) => {
    const res = await get('/api/audit/events', query);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    return res.body.items as Item[];
  };

  it('lists events oldest first with every member of an event', async () => {
    const all = await items({ limit: 500 });
    const positions = all.map((e) => e.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(Object.keys(all[0]!).sort()).toEqual(
      ['data', 'eventId', 'hash', 'metadata', 'occurredAt', 'position', 'prevHash']
        .concat(['seal', 'streamId', 'type', 'version'])
        .sort(),
    );
  });

  it('filters by customer, type, client, command name and source', async () => {
    const ids = (list: Item[]) => list.map((e) => `${e.streamId}@${e.version}`);
    expect(ids(await items({ customerId: 'aud_1' }))).toEqual(['aud_1@1', 'aud_1@2']);
    expect(ids(await items({ type: 'EmailChanged' }))).toEqual(['aud_1@2']);
    expect(ids(await items({ clientId: 'aud_bpm' }))).toEqual(['aud_1@2', 'aud_2@2']);
    expect(ids(await items({ commandName: 'RegisterCustomer' }))).toEqual(['aud_1@1', 'aud_2@1']);
    expect(ids(await items({ source: 'bpm', customerId: 'aud_2' }))).toEqual(['aud_2@2']);
    const ops = await items({ source: 'ops' });
    expect(ops.length).toBeGreaterThan(0);
    expect(ops.every((e) => e.streamId === 'ops' && e.metadata.source === 'ops')).toBe(true);
    expect(await items({ customerId: 'nobody' })).toEqual([]);
  });

  it('takes `from` inclusive and `to` exclusive', async () => {
    const [, changed] = await items({ customerId: 'aud_1' });
    const at = changed!.occurredAt;
    const from = await items({ from: at });
    expect(from.map((e) => e.eventId)).toContain(changed!.eventId);
    expect(from.every((e) => e.occurredAt >= at)).toBe(true);
    const to = await items({ to: at });
    expect(to.map((e) => e.eventId)).not.toContain(changed!.eventId);
    expect(to.every((e) => e.occurredAt < at)).toBe(true);
    const offset = at.replace('Z', '+00:00');
    expect((await items({ from: offset, to: offset })).length).toBe(0);
  });

  it('pages with a cursor until the end, losing and repeating nothing', async () => {
    const all = await items({ limit: 500 });
    const paged = await everyPage<Item>(get, '/api/audit/events', 2);
    expect(paged.map((e) => e.position)).toEqual(all.map((e) => e.position));
  });

  it('takes limits 1 and 500 and refuses 0, 501 and text, listing the field', async () => {
    expect((await get('/api/audit/events', { limit: 1 })).body.items).toHaveLength(1);
    expect((await get('/api/audit/events', { limit: 500 })).status).toBe(200);
    for (const limit of ['0', '501', 'ten']) {
      const res = await get('/api/audit/events', { limit });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
      expect(problemFields(res.body)).toEqual(['limit']);
    }
  });

  it('lists every bad field at once: dates, cursor, source, limit', async () => {
    const res = await get('/api/audit/events', {
      from: 'yesterday',
      to: '2026-W47',
      cursor: 'not-a-cursor',
      source: 'fax',
      limit: 0,
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(problemFields(res.body)).toEqual(['cursor', 'from', 'limit', 'source', 'to']);
  });

  it('masks PII without audit:pii and marks the copy as redacted', async () => {
    const [changed] = await items({ type: 'EmailChanged' });
    expect(changed!.data).toEqual({ from: 'a***@example.com', to: 'a***@example.com' });
    expect(changed!.redacted).toBe(true);
    const [unmasked] = (
      await getAs(s.t, s.piiAuditor)('/api/audit/events', { type: 'EmailChanged' })
    ).body.items as Item[];
    expect(unmasked!.data).toEqual({ from: 'aud1@example.com', to: 'aud1.new@example.com' });
    expect(unmasked!.redacted).toBeUndefined();
  });

  it('never shows an SSN whole, even with audit:pii', async () => {
    const res = await getAs(s.t, s.piiAuditor)('/api/audit/events', { type: 'CustomerRegistered' });
    const [registered] = res.body.items as Item[];
    const customer = registered!.data.customer as { identificationDocuments: unknown[] };
    expect(customer.identificationDocuments).toEqual([
      { type: 'SSN', issuanceCountryCodeA3: 'USA', last4: '7000' },
    ]);
    expect(registered!.redacted).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain('123457000');
  });

  it('answers one event by id, masked, and a 404 problem for an unknown id', async () => {
    const [changed] = await items({ type: 'EmailChanged' });
    const one = await get(`/api/audit/events/${changed!.eventId}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(changed);
    const missing = await get('/api/audit/events/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      type: 'https://errors.customer-contact.dev/event-not-found',
      code: 'EVENT_NOT_FOUND',
      status: 404,
    });
  });

  it('needs a token with audit:read', async () => {
    expect((await s.t.http.get('/api/audit/events')).status).toBe(401);
    const reader = await s.t.tokenFor(['customers:read']);
    const refused = await getAs(s.t, reader)('/api/audit/events');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
  });
});
