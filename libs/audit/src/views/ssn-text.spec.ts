import fc from 'fast-check';
import { hideSsns } from '@app/customer';
import { hideSsnsInText } from './ssn-text.js';

const hiddenByParsing = (value: unknown) => JSON.stringify(hideSsns(value));

/** JSON values with SSN documents, near misses and awkward strings scattered through them. */
const documents = fc.oneof(
  fc.record({ type: fc.constant('SSN'), value: fc.string(), issuanceCountryCodeA3: fc.string() }),
  fc.record({ value: fc.string(), type: fc.constant('SSN') }),
  fc.record({ type: fc.constant('SSN'), value: fc.integer() }),
  fc.record({ type: fc.constantFrom('PASSPORT', 'SSN ', 'ssn'), value: fc.string() }),
  fc.record({ a: fc.constant('type'), b: fc.constant('SSN'), value: fc.constant('"}],{[\\') }),
);
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    documents,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('hideSsnsInText', () => {
  it('writes what parsing, hiding and writing again would', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(hideSsnsInText(JSON.stringify(value))).toBe(hiddenByParsing(value));
      }),
      { numRuns: 500 },
    );
  });

  it('replaces an SSN document whole, its members in any order, the outer one when nested', () => {
    const data = {
      customer: {
        identificationDocuments: [
          { type: 'SSN', value: '123456789', issuanceCountryCodeA3: 'USA' },
          { type: 'PASSPORT', value: 'X1' },
        ],
      },
      to: { x: { type: 'SSN', value: '111' }, value: 'a"b\\c]}{', type: 'SSN' },
    };
    const text = JSON.stringify(data);
    expect(hideSsnsInText(text)).toBe(hiddenByParsing(data));
    expect(hideSsnsInText(text)).not.toContain('123456789');
    expect(hideSsnsInText('{"type":"PASSPORT"}')).toBe('{"type":"PASSPORT"}');
  });
});
