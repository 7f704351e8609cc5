import { ValidationFailedError } from '@app/core';
import { parseCountryCode } from './country-code.value-object.js';

describe('country code value object', () => {
  it('accepts any three capitals, as the vendor schema does', () => {
    expect(parseCountryCode('NGA', 'country')).toBe('NGA');
    expect(parseCountryCode('ZZZ', 'country')).toBe('ZZZ');
  });

  it.each(['US', 'usa', 'USAA', 'U5A', ''])('rejects %j naming the field', (raw) => {
    expect(() => parseCountryCode(raw, 'customer.citizenshipCountryCodeA3')).toThrow(
      new ValidationFailedError([
        {
          field: 'customer.citizenshipCountryCodeA3',
          message: 'must be an ISO 3166-1 alpha-3 code',
        },
      ]),
    );
  });
});
