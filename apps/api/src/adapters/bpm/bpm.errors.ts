import { DomainError } from '@app/core';

/** A `commandName` the BPM dispatcher does not serve (API.md §1: `UNKNOWN_COMMAND`, CBS_400). */
export class UnknownCommandError extends DomainError {
  readonly code = 'UNKNOWN_COMMAND';
  constructor(
    readonly commandName: string,
    known: readonly string[],
  ) {
    super(`Unknown command '${commandName}'`, {
      errors: [{ field: 'commandName', message: `must be one of ${known.join(', ')}` }],
    });
  }
}
