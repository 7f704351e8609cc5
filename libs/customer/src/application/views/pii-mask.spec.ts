import { hideSsns, maskDigits, maskEmail, maskPii } from './pii-mask.js';

describe('PII masking for audit answers', () => {
  it('keeps the first character and the domain of an email', () => {
    expect(maskEmail('jane.doe@example.com')).toBe('j***@example.com');
  });

  it('keeps only the last four digits of a number', () => {
    expect(maskDigits('9876543210')).toBe('******3210');
    expect(maskDigits('+447700900123')).toBe('+********0123');
  });

  it('masks emails, phones, address lines, birth dates and document values anywhere', () => {
    const masked = maskPii({
      from: 'old@example.com',
      to: { type: 'MOBILE', phoneNumber: '9876543210', countryDialingCode: '234' },
      address: { addressLine1: '1 Main St', city: 'Abuja' },
      details: { dateOfBirth: '1980-01-01', firstName: 'Ada' },
      documents: [{ type: 'PASSPORT', value: 'X1234567' }],
    });
    expect(masked).toEqual({
      from: 'o***@example.com',
      to: { type: 'MOBILE', phoneNumber: '******3210', countryDialingCode: '234' },
      address: { addressLine1: '***', city: 'Abuja' },
      details: { dateOfBirth: '***', firstName: 'Ada' },
      documents: [{ type: 'PASSPORT', value: '***' }],
    });
  });
});

describe('SSNs', () => {
  it('are replaced by their last four digits wherever they appear', () => {
    const shown = hideSsns({
      docs: [{ type: 'SSN', value: '123456789', issuanceCountryCodeA3: 'USA' }],
    });
    expect(shown).toEqual({ docs: [{ type: 'SSN', last4: '6789', issuanceCountryCodeA3: 'USA' }] });
  });
});

describe('masking that changes nothing', () => {
  it('returns the value itself, so that a reader can tell the copy is the stored data', () => {
    const plain = { addressType: 'PRIMARY', to: { city: 'Abuja' }, list: [1, 'two'] };
    expect(maskPii(plain)).toBe(plain);
    expect(hideSsns(plain)).toBe(plain);
    const withSsn = { docs: [{ type: 'SSN', value: '123456789' }], other: { a: 1 } };
    const hidden = hideSsns(withSsn);
    expect(hidden).not.toBe(withSsn);
    expect(hidden.other).toBe(withSsn.other);
  });
});
