import type { ErrorCode } from './error-code.js';

/** One failing field of a request, named by its path in the request body. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/**
 * Base of every business-rule failure. Carries a stable `code` (API.md §1, problem `code` column)
 * and no transport detail: each surface maps the code to its own wire format.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  protected constructor(
    message: string,
    /** Extra members a surface may render (field errors, attemptsRemaining, …). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
