import type { PersonalDetails } from './customer.types.js';
import type { FieldErrors } from './value-objects/field-errors.js';
import {
  checkPersonalDetails,
  pickPersonalDetails,
} from './value-objects/personal-details.value-object.js';

/**
 * The personal-details part of a contact update (condor's names, gender, date of birth), checked
 * into `errors` as `prefix.<field>`: only what it carries, a date of birth real and not after
 * `today`. Returns the known keys only.
 */
export function parsePersonalDetailsUpdate(
  errors: FieldErrors,
  details: Partial<PersonalDetails> | undefined,
  prefix: string,
  today: string,
): Partial<PersonalDetails> | undefined {
  if (details === undefined) return undefined;
  checkPersonalDetails(errors, details, prefix, { today, namesRequired: false });
  return pickPersonalDetails(details);
}
