import fc from 'fast-check';
import { anEventChain } from '@app/testing';
import { eventColumnsOf, type EventRow } from '@app/event-store';
import { auditEventView, sealedEventOf, storedLineOf } from './audit-event.view.js';
import { storedNdjsonBuffer, storedPageBuffer } from './stored-event-text.js';

/** One row's NDJSON line, as the export writes it. */
const storedNdjsonLine = (row: EventRow, redactedData?: string) =>
  storedNdjsonBuffer([redactedData === undefined ? { row } : { row, redactedData }]).toString(
    'utf8',
  );

/** A stored row of the chain's first event, its data as the appender stores it. */
function rowWith(data: unknown, seal: string | null = null): EventRow {
  const [event] = anEventChain('cust_ü', 1);
  return {
    ...event!,
    ...eventColumnsOf(event!.metadata),
    data: JSON.stringify(data),
    metadata: JSON.stringify(event!.metadata),
    seal,
  };
}

/** What the parsed path writes: JSON.stringify of the event as auditEventView shows it. */
const shownJson = (row: EventRow, seesPii: boolean) =>
  JSON.stringify(auditEventView(sealedEventOf(row), seesPii));

const storedJson = (row: EventRow, seesPii: boolean) =>
  storedPageBuffer([storedLineOf(row, seesPii)])
    .toString('utf8')
    .slice('{"items":['.length, -2);

describe('events written from their stored text', () => {
  it('write the same line as the parsed event, sealed or not, whatever its characters', () => {
    const row = rowWith({ from: 'naïve "quoted" \u2028 text', to: ['é', 1.5, null, { deep: 1 }] });
    const sealed = { ...row, seal: 'a'.repeat(64) };
    const odd = { ...sealed, eventId: 'quote " and \\ and \n', type: 'Typ\u2028e' };
    for (const each of [row, sealed, odd]) {
      expect(storedNdjsonLine(each)).toBe(`${JSON.stringify(sealedEventOf(each))}\n`);
    }
    expect(JSON.parse(storedNdjsonLine(sealed))).toMatchObject({ seal: 'a'.repeat(64) });
    const lines = [{ row }, { row: sealed, redactedData: '{"to":"***"}' }, { row: odd }];
    expect(storedNdjsonBuffer(lines).toString('utf8')).toBe(
      storedNdjsonLine(row) + storedNdjsonLine(sealed, '{"to":"***"}') + storedNdjsonLine(odd),
    );
  });

  it('write a page as JSON.stringify writes {items, nextCursor}', () => {
    const rows = [rowWith({ to: 'a@example.com' }), rowWith({ to: 'b' }, 'b'.repeat(64))];
    const views = rows.map((row) => auditEventView(sealedEventOf(row), false));
    const lines = rows.map((row) => storedLineOf(row, false));
    expect(storedPageBuffer(lines, 'eyJwIjoxfQ').toString('utf8')).toBe(
      JSON.stringify({ items: views, nextCursor: 'eyJwIjoxfQ' }),
    );
    expect(storedPageBuffer(lines).toString('utf8')).toBe(JSON.stringify({ items: views }));
    expect(storedPageBuffer([]).toString('utf8')).toBe('{"items":[]}');
  });

  it('cut SSNs for every reader and mask PII for readers without audit:pii', () => {
    const row = rowWith({
      to: 'jane@example.com',
      customer: { identificationDocuments: [{ type: 'SSN', value: '123456789' }] },
    });
    for (const seesPii of [true, false]) {
      const line = storedLineOf(row, seesPii);
      expect(line.redactedData).toBeDefined();
      expect(storedJson(row, seesPii)).toBe(shownJson(row, seesPii));
      expect(storedJson(row, seesPii)).not.toContain('123456789');
    }
    expect(storedJson(row, true)).toContain('jane@example.com');
    expect(storedJson(row, false)).toContain('j***@example.com');
    expect(storedLineOf(rowWith({ to: 'nothing personal' }), false)).toEqual({
      row: rowWith({ to: 'nothing personal' }),
    });
  });

  it('show any stored data as the parsed path does, to readers with and without audit:pii', () => {
    const email = fc.emailAddress();
    const ssn = fc.record({ type: fc.constant('SSN'), value: fc.string() });
    const member = fc.oneof(fc.jsonValue(), email, ssn, fc.array(fc.oneof(ssn, email)));
    const data = fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('addressLine1', 'phoneNumber', 'value', 'last4')),
      member,
    );
    fc.assert(
      fc.property(data, fc.boolean(), (value, seesPii) => {
        const row = rowWith(value, 'c'.repeat(64));
        expect(storedJson(row, seesPii)).toBe(shownJson(row, seesPii));
      }),
    );
  });
});
