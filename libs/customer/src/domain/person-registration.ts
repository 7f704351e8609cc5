import type { IdentificationDocument, IndividualDetails } from './customer.types.js';
import { parseContactParts } from './contact-update.js';
import { parseCountryCode } from './value-objects/country-code.value-object.js';
import { at, compact, FieldErrors } from './value-objects/field-errors.js';
import { parseIdentificationDocument } from './value-objects/identification-document.value-object.js';
import { checkPersonalDetails } from './value-objects/personal-details.value-object.js';

function parseDocuments(
  errors: FieldErrors,
  documents: readonly IdentificationDocument[],
  field: string,
): IdentificationDocument[] {
  return documents.map((document, i) =>
    errors.attempt(() => parseIdentificationDocument(document, `${field}[${i}]`), document),
  );
}

/**
 * The person fields that an individual customer and a business representative share, checked into
 * `errors` (names required, date of birth a real past date, contact formats) and normalised:
 * known keys only, email trimmed, absent optional fields left out.
 */
export function parsePerson(
  errors: FieldErrors,
  person: IndividualDetails,
  prefix: string,
  today: string,
): IndividualDetails {
  checkPersonalDetails(errors, person, prefix, { today, namesRequired: true });
  const contact = parseContactParts(errors, person, prefix);
  const citizenship = person.citizenshipCountryCodeA3;
  if (citizenship !== undefined) {
    errors.attempt(() => parseCountryCode(citizenship, at(prefix, 'citizenshipCountryCodeA3')), '');
  }
  const documents = at(prefix, 'identificationDocuments');
  return compact({
    firstName: person.firstName,
    lastName: person.lastName,
    middleName: person.middleName,
    gender: person.gender,
    dateOfBirth: person.dateOfBirth,
    email: contact.email,
    citizenshipCountryCodeA3: citizenship,
    addresses: contact.addresses ?? [],
    phones: contact.phones ?? [],
    identificationDocuments: parseDocuments(errors, person.identificationDocuments, documents),
  });
}
