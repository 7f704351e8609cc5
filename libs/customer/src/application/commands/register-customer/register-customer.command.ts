import type { DistributiveOmit } from '../../distributive-omit.js';
import type { RegistrationInput } from '../../../domain/customer.types.js';
import type { CommandMetadata } from '../../command-metadata.js';

/** Registers a new customer; the id is generated when the client sends none. */
export class RegisterCustomerCommand {
  readonly commandName = 'RegisterCustomer';
  constructor(
    readonly input: DistributiveOmit<RegistrationInput, 'customerId'> & {
      readonly customerId?: string;
    },
    readonly metadata: CommandMetadata,
  ) {}
}
