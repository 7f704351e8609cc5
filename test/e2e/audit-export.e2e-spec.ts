import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyExportFile } from '@app/audit';
import { EventSealer } from '@app/event-store';
import { asText, getAs, problemFields } from '../support/audit-clients.js';
import { auditScenario, type AuditScenario } from '../support/audit-scenario.js';
import { describeEachDatabase } from '../support/databases.js';

describeEachDatabase('GET /api/audit/export (API.md §8)', (database) => {
  let s: AuditScenario;
  beforeAll(async () => {
    s = await auditScenario(database);
  });
  afterAll(() => s.t.close());
  const exported = (token: string, query: Record<string, string> = {}) =>
    getAs(s.t, token)('/api/audit/export', query).buffer(true).parse(asText);
  /** The event lines of an NDJSON export, parsed, and its trailer (the last line). */
  const ndjsonOf = (body: unknown) => {
    const lines = (body as string)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    return { events: lines.slice(0, -1), trailer: lines.at(-1).trailer };
  };

  it('streams every event as NDJSON, oldest first, as the events list shows them', async () => {
    const res = await exported(s.piiAuditor);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-events-\d{8}T\d{6}Z\.ndjson"$/,
    );
    const { events, trailer } = ndjsonOf(res.body);
    const listed = await getAs(s.t, s.piiAuditor)('/api/audit/events', { limit: 500 });
    expect(events).toEqual(listed.body.items);
    expect(events.every((e) => /^[0-9a-f]{64}$/.test(e.seal))).toBe(true);
    expect(trailer).toEqual({
      events: events.length,
      lastPosition: events.at(-1).position,
      digest: expect.stringMatching(/^[0-9a-f]{64}$/),
      seal: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('writes a file that verifies offline, seals too with the key, SSN-bearing registrations by their links only', async () => {
    const res = await exported(s.piiAuditor);
    const folder = mkdtempSync(join(tmpdir(), 'audit-export-'));
    const path = join(folder, 'export.ndjson');
    writeFileSync(path, res.body as string);
    const { events } = ndjsonOf(res.body);
    const seals = s.t.app.get(EventSealer);
    const plain = await verifyExportFile(path);
    const accepted = await verifyExportFile(path, { seals, acceptRedacted: true });
    rmSync(folder, { recursive: true, force: true });
    // The two registrations carry an SSN, never exported whole: not fully verifiable.
    expect(plain).toMatchObject({
      valid: false,
      events: events.length,
      unverifiable: 2,
      sealsChecked: false,
      failures: [],
    });
    expect(accepted).toMatchObject({
      valid: true,
      unverifiable: 2,
      sealsChecked: true,
      failures: [],
    });
  });

  it('takes the filters of the events list, and names the customer in the file name', async () => {
    const res = await exported(s.piiAuditor, { customerId: 'aud_1', type: 'EmailChanged' });
    expect(res.headers['content-disposition']).toContain('filename="audit-events-aud_1-');
    const { events, trailer } = ndjsonOf(res.body);
    expect(events.map((e) => `${e.streamId}@${e.version}`)).toEqual(['aud_1@2']);
    expect(trailer).toMatchObject({ events: 1, lastPosition: events[0].position });
  });

  it('masks PII without audit:pii', async () => {
    const res = await exported(s.auditor, { type: 'EmailChanged' });
    const [line] = ndjsonOf(res.body).events;
    expect(line).toMatchObject({ data: { to: 'a***@example.com' }, redacted: true });
    expect(res.body as string).not.toContain('aud1.new@example.com');
  });

  it('writes CSV with a header row and RFC 4180 quoting', async () => {
    const res = await exported(s.piiAuditor, { format: 'csv', customerId: 'aud_1' });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toMatch(/\.csv"$/);
    const rows = (res.body as string).split('\r\n');
    expect(rows[0]).toBe(
      'position,eventId,streamId,version,type,occurredAt,source,clientId,commandName,' +
        'commandId,requestId,data,metadata,prevHash,hash,seal,redacted',
    );
    expect(rows.slice(1, -1)).toHaveLength(2);
    expect(rows[2]).toContain(
      ',"{""from"":""aud1@example.com"",""to"":""aud1.new@example.com""}",',
    );
    expect(rows.at(-1)).toBe('');
  });

  it('refuses an unknown format or a bad filter, listing each field', async () => {
    const res = await getAs(s.t, s.auditor)('/api/audit/export', { format: 'xml', to: 'later' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(problemFields(res.body)).toEqual(['format', 'to']);
  });
});
