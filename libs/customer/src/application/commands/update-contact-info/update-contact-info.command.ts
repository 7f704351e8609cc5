import type { CommandMetadata, CustomerCommand } from '../../command-metadata.js';

/** The wallet's contact info (API.md §5.1): the single email and the E.164 MOBILE number. */
export interface ContactInfoChanges {
  readonly email?: string;
  readonly mobileNumber?: string;
}

/** Sets an individual's email and/or MOBILE phone, possibly under a verification (§5.2). */
export class UpdateContactInfoCommand implements CustomerCommand {
  readonly commandName = 'UpdateContactInfoCommand';
  readonly metadata: CommandMetadata;

  constructor(
    readonly customerId: string,
    readonly changes: ContactInfoChanges,
    metadata: CommandMetadata,
    readonly verificationId?: string,
    readonly expectedVersion?: number,
  ) {
    // The verification travels in the metadata of every event the command appends (§8).
    this.metadata = verificationId === undefined ? metadata : { ...metadata, verificationId };
  }
}
