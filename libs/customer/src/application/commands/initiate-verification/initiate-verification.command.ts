import type { CommandMetadata } from '../../command-metadata.js';
import type {
  VerificationFlow,
  VerifiedAttribute,
} from '../../../domain/verification/verification.types.js';

/** Starts a verification of a new email or mobile for a customer (API.md §5.2). */
export class InitiateVerificationCommand {
  readonly commandName = 'InitiateVerification';

  constructor(
    readonly customerId: string,
    readonly flow: VerificationFlow,
    readonly attribute: VerifiedAttribute,
    readonly value: string,
    readonly metadata: CommandMetadata,
  ) {}
}
