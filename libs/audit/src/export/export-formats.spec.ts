import { anEventChain } from '@app/testing';
import { CSV_HEADER, csvField, csvRows } from './export-formats.js';

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
});
