import { ValidationFailedError } from '@app/core';

const EMAIL_PATTERN = /^(.+)@(.+)$/;
const WHITESPACE = /\s/;
export const EMAIL_MAX_LENGTH = 254;

/**
 * An email as stored: trimmed, otherwise as given (API.md §6.1). Only the connectFi pattern is
 * enforced; deliverability is not the domain's business.
 *
 * @throws ValidationFailedError naming `field`
 */
export function parseEmail(raw: unknown, field: string): string {
  if (typeof raw !== 'string') throw ValidationFailedError.field(field, 'must be a string');
  const email = raw.trim();
  if (email.length > EMAIL_MAX_LENGTH) {
    throw ValidationFailedError.field(field, `must be at most ${EMAIL_MAX_LENGTH} characters`);
  }
  if (!EMAIL_PATTERN.test(email) || WHITESPACE.test(email)) {
    throw ValidationFailedError.field(field, 'must be a valid email address');
  }
  return email;
}

/** The contact-claim key: emails are unique case-insensitively and ignoring outer spaces (§7). */
export function emailKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}
