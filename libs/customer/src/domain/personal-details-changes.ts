import type { PersonalDetails } from './customer.types.js';
import type { CustomerChange } from './customer-change.js';

const KEYS = ['firstName', 'lastName', 'middleName', 'gender', 'dateOfBirth'] as const;

type Details = Record<(typeof KEYS)[number], string | undefined>;

/**
 * One PersonalDetailsChanged holding only the fields whose value changes. `to` has every changed
 * field; `from` has the previous value of each, and leaves a field out when it had none before
 * (so a key in `to` but not in `from` was set for the first time).
 */
export function personalDetailsChanges(
  current: PersonalDetails,
  patch: Partial<PersonalDetails>,
): CustomerChange[] {
  const before: Partial<Details> = current;
  const after: Partial<Details> = patch;
  const from: Partial<Details> = {};
  const to: Partial<Details> = {};
  for (const key of KEYS) {
    const value = after[key];
    if (value === undefined || value === before[key]) continue;
    to[key] = value;
    if (before[key] !== undefined) from[key] = before[key];
  }
  if (Object.keys(to).length === 0) return [];
  return [
    {
      type: 'PersonalDetailsChanged',
      data: { from: from as Partial<PersonalDetails>, to: to as Partial<PersonalDetails> },
    },
  ];
}
