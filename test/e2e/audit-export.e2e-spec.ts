import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyExportFile } from '@app/audit';
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

  it('streams every event as NDJSON, oldest first, as the events list shows them', async () => {
    const res = await exported(s.piiAuditor);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-events-\d{8}T\d{6}Z\.ndjson"$/,
    );
    const lines = (res.body as string)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const listed = await getAs(s.t, s.piiAuditor)('/api/audit/events', { limit: 500 });
    expect(lines).toEqual(listed.body.items);
  });

  it('writes a file that verifies offline, SSN-bearing registrations by their links', async () => {
    const res = await exported(s.piiAuditor);
    const folder = mkdtempSync(join(tmpdir(), 'audit-export-'));
    const path = join(folder, 'export.ndjson');
    writeFileSync(path, res.body as string);
    const lines = (res.body as string).trimEnd().split('\n');
    const verified = await verifyExportFile(path);
    rmSync(folder, { recursive: true, force: true });
    expect(verified).toMatchObject({
      valid: true,
      events: lines.length,
      linkOnly: 2, // the two registrations carry an SSN, never exported whole
      failures: [],
    });
  });

  it('takes the filters of the events list, and names the customer in the file name', async () => {
    const res = await exported(s.piiAuditor, { customerId: 'aud_1', type: 'EmailChanged' });
    expect(res.headers['content-disposition']).toContain('filename="audit-events-aud_1-');
    const lines = (res.body as string)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((e) => `${e.streamId}@${e.version}`)).toEqual(['aud_1@2']);
  });

  it('masks PII without audit:pii', async () => {
    const res = await exported(s.auditor, { type: 'EmailChanged' });
    const [line] = (res.body as string)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
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
        'commandId,requestId,data,metadata,prevHash,hash,redacted',
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
