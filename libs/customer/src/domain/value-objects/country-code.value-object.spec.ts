import { expectToFail } from '@app/testing';
import { parseCountryCode } from './country-code.value-object.js';

describe('country code value object', () => {
  it('accepts any three capitals, as the vendor schema does', () => {
    expect(parseCountryCode('NGA', 'country')).toBe('NGA');
    expect(parseCountryCode('ZZZ', 'country')).toBe('ZZZ');
  });

  it.each(['US', 'usa', 'USAA', 'U5A', ''])('rejects %j naming the field', (raw) => {
    expectToFail(() => parseCountryCode(raw, 'customer.citizenshipCountryCodeA3'), {
      code: 'VALIDATION_FAILED',
      fields: ['customer.citizenshipCountryCodeA3'],
    });
  });
});
