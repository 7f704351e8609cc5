import type { EventMetadata } from '@app/event-store';

/** Who sent a command, through which surface and request (STYLE.md convention 2). */
export interface CommandMetadata {
  readonly commandId: string;
  readonly requestId: string;
  readonly source: EventMetadata['source'];
  readonly actor: { readonly clientId: string };
  readonly receivedAt: string;
  readonly idempotencyKey?: string;
  readonly verificationId?: string;
}

/** Base of the commands that change one existing customer. */
export abstract class CustomerCommand {
  abstract readonly commandName: string;
  abstract readonly customerId: string;
  abstract readonly expectedVersion?: number;
  abstract readonly metadata: CommandMetadata;
}

export function eventMetadata(commandName: string, meta: CommandMetadata): EventMetadata {
  const { receivedAt: _receivedAt, ...rest } = meta;
  return { commandName, ...rest };
}
