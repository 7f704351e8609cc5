import type { DocumentType, IdentificationDocument } from '../customer.types.js';
import { parseCalendarDate } from './calendar-date.value-object.js';
import { isCountryCodeA3 } from './country-code.value-object.js';
import { at, checkText, compact, FieldErrors } from './field-errors.js';

const DOCUMENT_TYPES: readonly DocumentType[] = ['SSN', 'DRIVING LICENSE', 'PASSPORT'];

/**
 * One identification document as registered. The value is kept whole in state; masking it
 * (`last4`) is the views' job.
 *
 * @throws ValidationFailedError naming every failing `prefix.<field>`
 */
export function parseIdentificationDocument(
  document: IdentificationDocument,
  prefix: string,
): IdentificationDocument {
  const errors = new FieldErrors();
  if (!DOCUMENT_TYPES.includes(document.type)) {
    errors.add(at(prefix, 'type'), 'must be SSN, DRIVING LICENSE or PASSPORT');
  }
  checkText(errors, document.value, at(prefix, 'value'), { required: true });
  if (!isCountryCodeA3(document.issuanceCountryCodeA3)) {
    errors.add(at(prefix, 'issuanceCountryCodeA3'), 'must be an ISO 3166-1 alpha-3 code');
  }
  checkText(errors, document.issuanceRegion, at(prefix, 'issuanceRegion'), { required: false });
  if (document.expiryDate !== undefined) {
    const field = at(prefix, 'expiryDate');
    errors.attempt(() => parseCalendarDate(document.expiryDate, field), '');
  }
  errors.throwIfAny();
  return compact({
    type: document.type,
    value: document.value,
    issuanceCountryCodeA3: document.issuanceCountryCodeA3,
    issuanceRegion: document.issuanceRegion,
    expiryDate: document.expiryDate,
  });
}
