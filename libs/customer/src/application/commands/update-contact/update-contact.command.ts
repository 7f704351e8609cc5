import type { CommandMetadata, CustomerCommand } from '../../command-metadata.js';

/**
 * A partial update of an individual (API.md §3.1), in the customer model's terms: a present field
 * is a change, an absent one stays. `mobile` is the number as people type it and `country` a code
 * or an English name; the handler parses both. Field errors name these fields.
 */
export interface ContactChanges {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly middleName?: string;
  readonly email?: string;
  readonly mobile?: string;
  /** Merged field by field into the PRIMARY address. */
  readonly addressLine1?: string;
  readonly city?: string;
  readonly stateCode?: string;
  readonly country?: string;
}

/** A partial update of an individual's names, email, MOBILE phone and PRIMARY address. */
export class UpdateContactCommand implements CustomerCommand {
  readonly commandName = 'UpdateContactCommand';

  constructor(
    readonly customerId: string,
    readonly changes: ContactChanges,
    readonly metadata: CommandMetadata,
    readonly expectedVersion?: number,
  ) {}
}
