import { DomainError } from '@app/core';

/**
 * A `commandName` the BPM dispatcher does not serve (API.md §1: `UNKNOWN_COMMAND`, CBS_400). The
 * message does not repeat the name: an error body names fields, never their values.
 */
export class UnknownCommandError extends DomainError {
  readonly code = 'UNKNOWN_COMMAND';
  constructor(
    readonly commandName: string,
    known: readonly string[],
  ) {
    super('Unknown command', {
      errors: [{ field: 'commandName', message: `must be one of ${known.join(', ')}` }],
    });
  }
}
