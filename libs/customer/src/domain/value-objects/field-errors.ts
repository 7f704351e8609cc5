import { ValidationFailedError, type FieldError } from '@app/core';

/** Joins a field path: `at('customer', 'email')` is `customer.email`; `''` adds nothing. */
export function at(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

/**
 * Gathers the field errors of several value objects and aggregate calls so that a request hears
 * about every failing field at once (API.md §1), not only the first one. A field keeps only its
 * first error, so that a value refused by a parse is not also reported as missing by the call
 * that then went without it.
 */
export class FieldErrors {
  private readonly list: FieldError[] = [];

  /**
   * `renames` maps the customer model's field names to a caller's wire names: the aggregate
   * names `stateCode` what a BPM command calls `state`.
   */
  constructor(private readonly renames: Readonly<Record<string, string>> = {}) {}

  add(field: string, message: string): void {
    const name = this.renames[field] ?? field;
    if (!this.list.some((error) => error.field === name)) this.list.push({ field: name, message });
  }

  /**
   * Runs one parse or aggregate call; when it fails with a validation error its fields are kept
   * and `fallback` is returned, so that the caller can go on checking the rest and throw once at
   * the end. Other errors propagate.
   */
  attempt<T>(parse: () => T): T | undefined;
  attempt<T>(parse: () => T, fallback: T): T;
  attempt<T>(parse: () => T, fallback?: T): T | undefined {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      for (const { field, message } of error.errors) this.add(field, message);
      return fallback;
    }
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ValidationFailedError([...this.list]);
  }
}

/** True for a string with at least one non-whitespace character (`isNotOnlyWhitespace`). */
export function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Checks a required or optional text field that must not be blank when present. */
export function checkText(
  errors: FieldErrors,
  value: unknown,
  field: string,
  options: { required: boolean; maxLength?: number },
): void {
  if (value === undefined) {
    if (options.required) errors.add(field, 'is required');
    return;
  }
  if (!isNonBlank(value)) {
    errors.add(field, 'must not be blank');
  } else if (options.maxLength !== undefined && value.length > options.maxLength) {
    errors.add(field, `must be at most ${options.maxLength} characters`);
  }
}

/** Drops the keys whose value is `undefined`, so state round-trips through JSON unchanged. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
