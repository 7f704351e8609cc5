import { ValidationFailedError, type FieldError } from '@app/core';

/** Joins a field path: `at('customer', 'email')` is `customer.email`; `''` adds nothing. */
export function at(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

/**
 * Gathers the field errors of several value objects so that a request hears about every failing
 * field at once (API.md §1), not only the first one.
 */
export class FieldErrors {
  private readonly list: FieldError[] = [];

  add(field: string, message: string): void {
    this.list.push({ field, message });
  }

  /**
   * Runs one parse; when it fails with a validation error its fields are kept and `fallback` is
   * returned, so that the caller can go on checking the rest and throw once at the end.
   */
  attempt<T>(parse: () => T, fallback: T): T {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      this.list.push(...error.errors);
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
