import { expectToFail } from '@app/testing';
import { parseCountry } from './country.value-object.js';

describe('country value object', () => {
  it.each(['Nigeria', 'nigeria', 'NG', 'ng', 'NGA', 'nga', ' Nigeria '])(
    'reads %j as NGA',
    (raw) => {
      expect(parseCountry(raw, 'country')).toBe('NGA');
    },
  );

  it('knows English aliases and names with accents', () => {
    expect(parseCountry('UK', 'country')).toBe('GBR');
    expect(parseCountry('United States', 'country')).toBe('USA');
    expect(parseCountry("Côte d'Ivoire", 'country')).toBe('CIV');
  });

  it.each(['Atlantis', 'ZZZ', 'XX', '', '566'])('refuses %j naming the field', (raw) => {
    expectToFail(() => parseCountry(raw, 'country'), {
      code: 'VALIDATION_FAILED',
      fields: ['country'],
    });
  });
});
