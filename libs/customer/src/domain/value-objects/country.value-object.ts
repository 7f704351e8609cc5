import { createRequire } from 'node:module';
import countries, { type LocaleData } from 'i18n-iso-countries';
import { ValidationFailedError } from '@app/core';

// The package's Node entry registers every locale already; registering English explicitly keeps
// the name lookup working under any entry point (bundlers pick the browser one, which has none).
// createRequire loads the JSON the same way under tsc's NodeNext output and jest's ESM runtime.
countries.registerLocale(
  createRequire(import.meta.url)('i18n-iso-countries/langs/en.json') as LocaleData,
);

const CODE = /^[A-Za-z]{2,3}$/;

/**
 * A country as a person names it (BPM `country`, API.md §3.1): an ISO 3166-1 alpha-3 or alpha-2
 * code in any case, or an English name or common alias (`"Nigeria"`, `"NG"`, `"NGA"`, `"UK"`),
 * as its alpha-3 code. Unlike the vendor schemas' pattern, the code must exist.
 *
 * @throws ValidationFailedError naming `field` for a country the ISO list does not know
 */
export function parseCountry(raw: string, field: string): string {
  const text = raw.trim();
  const upper = text.toUpperCase();
  const fromCode =
    CODE.test(text) && countries.isValid(upper) ? countries.toAlpha3(upper) : undefined;
  const alpha3 = fromCode ?? countries.getAlpha3Code(text, 'en');
  if (alpha3 === undefined) {
    throw ValidationFailedError.field(
      field,
      'must be an ISO 3166-1 country code or an English country name',
    );
  }
  return alpha3;
}
