import { anEventChain } from '@app/testing';
import { eventColumnsOf, type EventRow } from '@app/event-store';
import { auditEventView, sealedEventOf } from '../views/audit-event.view.js';
import { hideSsnsInText } from './ssn-text.js';
import { CSV_HEADER, csvField, csvRows, ndjsonLines } from './export-formats.js';
import { storedNdjsonBuffer, storedNdjsonLine } from './stored-lines.js';

describe('export formats', () => {
  it('quote CSV fields as RFC 4180 says: commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('write a header and one CRLF-terminated row per event, JSON members as text', () => {
    const [event] = anEventChain('cust_1', 1);
    const rows = csvRows([event!]);
    expect(CSV_HEADER.startsWith('position,eventId,streamId,version,type,occurredAt,')).toBe(true);
    expect(CSV_HEADER.endsWith(',hash,seal,redacted\r\n')).toBe(true);
    expect(rows.endsWith(`,${event!.hash},,false\r\n`)).toBe(true);
    expect(rows).toContain(',"{""from"":null,""to"":""v1@example.com""}",');
    expect(rows.split(',').length).toBeGreaterThanOrEqual(CSV_HEADER.split(',').length);
  });

  it('write one JSON event per NDJSON line', () => {
    const events = anEventChain('cust_1', 2);
    const lines = ndjsonLines(events).split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toEqual(events[1]);
  });

  it('write the same NDJSON line from the stored text as from the parsed event, sealed or not', () => {
    const [event] = anEventChain('cust_ü', 1);
    const data = { from: 'naïve "quoted" \u2028 text', to: ['é', 1.5, null, { deep: true }] };
    const row: EventRow = {
      ...event!,
      ...eventColumnsOf(event!.metadata),
      data: JSON.stringify(data),
      metadata: JSON.stringify(event!.metadata),
      seal: null,
    };
    const sealed = { ...row, seal: 'a'.repeat(64) };
    expect(storedNdjsonLine(row)).toBe(ndjsonLines([sealedEventOf(row)]));
    expect(storedNdjsonLine(sealed)).toBe(ndjsonLines([sealedEventOf(sealed)]));
    expect(JSON.parse(storedNdjsonLine(sealed))).toMatchObject({ seal: 'a'.repeat(64) });
    const odd = { ...sealed, eventId: 'quote " and \\ and \n', type: 'Typ\u2028e' };
    expect(storedNdjsonLine(odd)).toBe(ndjsonLines([sealedEventOf(odd)]));
    const lines = [{ row }, { row: sealed, redactedData: '{"to":"***"}' }, { row: odd }];
    expect(storedNdjsonBuffer(lines).toString('utf8')).toBe(
      storedNdjsonLine(row) + storedNdjsonLine(sealed, '{"to":"***"}') + storedNdjsonLine(odd),
    );
  });

  it('write a PII reader the same line from the stored text as from the parsed event when SSNs are cut', () => {
    const [event] = anEventChain('cust_1', 1);
    const data = {
      customer: { identificationDocuments: [{ type: 'SSN', value: '123456789' }] },
    };
    const row: EventRow = {
      ...event!,
      ...eventColumnsOf(event!.metadata),
      data: JSON.stringify(data),
      metadata: JSON.stringify(event!.metadata),
      seal: 'b'.repeat(64),
    };
    const line = storedNdjsonLine(row, hideSsnsInText(row.data));
    expect(line).toBe(ndjsonLines([auditEventView(sealedEventOf(row), true)]));
    expect(line).not.toContain('123456789');
  });
});
