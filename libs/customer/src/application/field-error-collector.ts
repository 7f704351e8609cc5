import { ValidationFailedError, type FieldError } from '@app/core';

/**
 * Runs several parses and aggregate calls and reports the validation errors of all of them at
 * once (API.md §1: every failing field, not only the first), under the command's own field
 * names: the aggregate names a field by the customer model (`stateCode`), a command by its wire
 * contract (`state`). A field keeps only its first error, so that a value refused by a parse is
 * not also reported as missing by the call that then went without it.
 */
export class FieldErrorCollector {
  private readonly errors: FieldError[] = [];

  constructor(private readonly names: Readonly<Record<string, string>> = {}) {}

  /** The parse's result, or undefined when it failed validation (other errors propagate). */
  attempt<T>(run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      for (const { field, message } of error.errors) this.add(this.names[field] ?? field, message);
      return undefined;
    }
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new ValidationFailedError([...this.errors]);
  }

  private add(field: string, message: string): void {
    if (!this.errors.some((error) => error.field === field)) this.errors.push({ field, message });
  }
}
