import { everyPage, getAs, problemFields } from '../support/audit-clients.js';
import { auditScenario, type AuditScenario } from '../support/audit-scenario.js';
import { describeEachDatabase } from '../support/databases.js';

interface Entry {
  commandId: string;
  commandName: string;
  source: string;
  actor: { clientId: string };
  customerId: string | null;
  outcome: string;
  errorCode?: string;
  requestId: string;
  receivedAt: string;
  durationMs: number;
}

describeEachDatabase('GET /api/audit/commands (API.md §8)', (database) => {
  let s: AuditScenario;
  let get: ReturnType<typeof getAs>;
  beforeAll(async () => {
    s = await auditScenario(database);
    get = getAs(s.t, s.auditor);
  });
  afterAll(() => s.t.close());
  const entries = async (query: Record<string, string | number>) => {
    const res = await get('/api/audit/commands', query);
    expect(res.status).toBe(200);
    return res.body.items as Entry[];
  };
  const outcomes = (list: Entry[]) => list.map((e) => `${e.customerId}:${e.outcome}`);

  it('holds every command, accepted, no-op and rejected, in arrival order', async () => {
    const list = await entries({ clientId: 'aud_bpm' });
    expect(outcomes(list)).toEqual([
      'aud_1:accepted',
      'aud_2:accepted',
      'aud_2:noop',
      'aud_1:rejected',
    ]);
    expect(list[3]).toMatchObject({
      commandName: 'UpdateContactCommand',
      source: 'bpm',
      actor: { clientId: 'aud_bpm' },
      errorCode: 'CONTACT_IN_USE',
    });
    expect(list[0]!.errorCode).toBeUndefined();
    const times = list.map((e) => e.receivedAt);
    expect(times).toEqual([...times].sort());
  });

  it('filters by customer, command name, source, outcome and event type', async () => {
    expect(outcomes(await entries({ customerId: 'aud_2' }))).toEqual([
      'aud_2:accepted',
      'aud_2:accepted',
      'aud_2:noop',
    ]);
    expect((await entries({ commandName: 'RegisterCustomer' })).map((e) => e.customerId)).toEqual([
      'aud_1',
      'aud_2',
    ]);
    const ops = await entries({ source: 'ops' });
    expect(ops.every((e) => e.source === 'ops' && e.customerId === null)).toBe(true);
    expect(outcomes(await entries({ outcome: 'noop' }))).toEqual(['aud_2:noop']);
    expect(outcomes(await entries({ type: 'EmailChanged' }))).toEqual(['aud_1:accepted']);
  });

  it('bounds the arrival time: from inclusive, to exclusive', async () => {
    const [, second] = await entries({ clientId: 'aud_bpm' });
    const at = second!.receivedAt;
    const from = await entries({ clientId: 'aud_bpm', from: at });
    expect(from.map((e) => e.commandId)).toContain(second!.commandId);
    expect(from.every((e) => e.receivedAt >= at)).toBe(true);
    const to = await entries({ clientId: 'aud_bpm', to: at });
    expect(to.map((e) => e.commandId)).not.toContain(second!.commandId);
    expect(to.every((e) => e.receivedAt < at)).toBe(true);
  });

  it('pages with a cursor until the end', async () => {
    const all = await entries({ limit: 500 });
    const paged = await everyPage<Entry>(get, '/api/audit/commands', 3);
    expect(paged.map((e) => e.commandId)).toEqual(all.map((e) => e.commandId));
  });

  it('refuses a bad outcome, limit, time or cursor, listing each field', async () => {
    const events = await get('/api/audit/events', { limit: 1 });
    const res = await get('/api/audit/commands', {
      outcome: 'maybe',
      limit: 501,
      from: '2026-13-45',
      cursor: events.body.nextCursor as string,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(problemFields(res.body)).toEqual(['cursor', 'from', 'limit', 'outcome']);
  });
});
