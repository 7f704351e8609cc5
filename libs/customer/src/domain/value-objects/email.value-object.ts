import { ValidationFailedError } from '@app/core';

const EMAIL_PATTERN = /^(.+)@(.+)$/;
const WHITESPACE = /\s/;
export const EMAIL_MAX_LENGTH = 254;

/** The contact-claim key of a stored email: unique case-insensitively, outer spaces ignored (§7). */
export function emailKey(email: string): string {
  return `email:${email.trim().toLowerCase()}`;
}

/**
 * An email as stored: trimmed, otherwise as given (API.md §6.1). Only the connectFi pattern is
 * enforced; deliverability is not the domain's business.
 */
export class Email {
  private constructor(readonly value: string) {}

  /** @throws ValidationFailedError naming `field` */
  static parse(raw: unknown, field: string): Email {
    if (typeof raw !== 'string') throw ValidationFailedError.field(field, 'must be a string');
    const email = raw.trim();
    if (email.length > EMAIL_MAX_LENGTH) {
      throw ValidationFailedError.field(field, `must be at most ${EMAIL_MAX_LENGTH} characters`);
    }
    if (!EMAIL_PATTERN.test(email) || WHITESPACE.test(email)) {
      throw ValidationFailedError.field(field, 'must be a valid email address');
    }
    return new Email(email);
  }

  get claimKey(): string {
    return emailKey(this.value);
  }
}
