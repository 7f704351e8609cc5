import type { CommandMetadata, CustomerCommand } from '../../command-metadata.js';

/**
 * BPM's contact fields (API.md §3.1), as the client typed them: a present field is a change, an
 * absent one stays. The phone is free text and the country a code or an English name; the
 * handler parses both.
 */
export interface ContactChanges {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly middleName?: string;
  readonly emailAddress?: string;
  readonly phoneNumber?: string;
  readonly address?: string;
  readonly city?: string;
  readonly state?: string;
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
