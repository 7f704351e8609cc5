import type { Gender, PersonalDetails } from '../customer.types.js';
import { parseCalendarDate } from './calendar-date.value-object.js';
import { at, checkText, compact, FieldErrors } from './field-errors.js';

export const NAME_MAX_LENGTH = 50;
const GENDERS: readonly Gender[] = ['M', 'F'];

/**
 * Checks names, gender and date of birth into `errors`. Registration requires both names; a patch
 * (`namesRequired` false) checks only what it carries. `today` bounds the date of birth.
 */
export function checkPersonalDetails(
  errors: FieldErrors,
  details: Partial<PersonalDetails>,
  prefix: string,
  options: { today: string; namesRequired: boolean },
): void {
  const name = { required: options.namesRequired, maxLength: NAME_MAX_LENGTH };
  checkText(errors, details.firstName, at(prefix, 'firstName'), name);
  checkText(errors, details.lastName, at(prefix, 'lastName'), name);
  checkText(errors, details.middleName, at(prefix, 'middleName'), { ...name, required: false });
  if (details.gender !== undefined && !GENDERS.includes(details.gender)) {
    errors.add(at(prefix, 'gender'), 'must be M or F');
  }
  if (details.dateOfBirth !== undefined) {
    const field = at(prefix, 'dateOfBirth');
    errors.attempt(
      () => parseCalendarDate(details.dateOfBirth, field, { notAfter: options.today }),
      '',
    );
  }
}

/** Only the personal-detail keys, absent ones left out. */
export function pickPersonalDetails(details: Partial<PersonalDetails>): Partial<PersonalDetails> {
  return compact({
    firstName: details.firstName,
    lastName: details.lastName,
    middleName: details.middleName,
    gender: details.gender,
    dateOfBirth: details.dateOfBirth,
  });
}

/**
 * A patch of personal details, as `changePersonalDetails` takes it.
 *
 * @throws ValidationFailedError naming every failing field (`firstName`, `dateOfBirth`, …)
 */
export function parsePersonalDetailsPatch(
  patch: Partial<PersonalDetails>,
  today: string,
): Partial<PersonalDetails> {
  const errors = new FieldErrors();
  checkPersonalDetails(errors, patch, '', { today, namesRequired: false });
  errors.throwIfAny();
  return pickPersonalDetails(patch);
}
