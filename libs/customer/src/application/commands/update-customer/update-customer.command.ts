import type { ContactUpdate } from '../../../domain/contact-update.js';
import type { CommandMetadata, CustomerCommand } from '../../command-metadata.js';

/**
 * connectFi's `/customer/update` (API.md §4.1), on whichever surface it arrives (the connectFi
 * REST route, condor's flat body, or BPM's UpdateCustomerCommand): arrays merge by type, all or
 * nothing.
 */
export class UpdateCustomerCommand implements CustomerCommand {
  readonly commandName = 'UpdateCustomerCommand';

  constructor(
    readonly customerId: string,
    readonly update: ContactUpdate,
    readonly metadata: CommandMetadata,
    readonly expectedVersion?: number,
    /** A surface that serves individuals only (condor, §4.2): a business is refused as such. */
    readonly individualsOnly = false,
  ) {}
}
