import type { CommandMetadata } from '../../command-metadata.js';

/** One try of the code a customer received (API.md §5.2). */
export class AttemptVerificationCommand {
  readonly commandName = 'AttemptVerification';

  constructor(
    readonly customerId: string,
    readonly verificationId: string,
    readonly code: string,
    readonly metadata: CommandMetadata,
  ) {}
}
