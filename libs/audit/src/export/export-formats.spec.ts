import { anEventChain } from '@app/testing';
import { eventColumnsOf, toStoredEvent, type EventRow } from '@app/event-store';
import { CSV_HEADER, csvField, csvRows, ndjsonLines, storedNdjsonLine } from './export-formats.js';

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
    expect(CSV_HEADER.endsWith(',hash,redacted\r\n')).toBe(true);
    expect(rows.endsWith(',false\r\n')).toBe(true);
    expect(rows).toContain(',"{""from"":null,""to"":""v1@example.com""}",');
    expect(rows.split(',').length).toBeGreaterThanOrEqual(CSV_HEADER.split(',').length);
  });

  it('write one JSON event per NDJSON line', () => {
    const events = anEventChain('cust_1', 2);
    const lines = ndjsonLines(events).split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1]!)).toEqual(events[1]);
  });

  it('write the same NDJSON line from the stored text as from the parsed event', () => {
    const [event] = anEventChain('cust_ü', 1);
    const data = { from: 'naïve "quoted" \u2028 text', to: ['é', 1.5, null, { deep: true }] };
    const row: EventRow = {
      ...event!,
      ...eventColumnsOf(event!.metadata),
      data: JSON.stringify(data),
      metadata: JSON.stringify(event!.metadata),
    };
    expect(storedNdjsonLine(row)).toBe(ndjsonLines([toStoredEvent(row)]));
  });
});
