import type { CommandMetadata } from '@app/event-store';

export { eventMetadata, type CommandMetadata } from '@app/event-store';

/** Base of the commands that change one existing customer. */
export abstract class CustomerCommand {
  abstract readonly commandName: string;
  abstract readonly customerId: string;
  abstract readonly expectedVersion?: number;
  abstract readonly metadata: CommandMetadata;
}
