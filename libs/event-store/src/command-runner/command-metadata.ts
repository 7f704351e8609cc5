import type { EventMetadata } from '../stored-event.js';

/** Who sent a command, through which surface and request, and when it arrived (STYLE.md §2). */
export interface CommandMetadata {
  readonly commandId: string;
  readonly requestId: string;
  readonly source: EventMetadata['source'];
  readonly actor: { readonly clientId: string };
  /** When the request arrived (ISO); the command log's `receivedAt` and the start of `durationMs`. */
  readonly receivedAt: string;
  readonly idempotencyKey?: string;
  readonly verificationId?: string;
}

/** The metadata every event of the command carries (API.md §8); arrival time is the log's. */
export function eventMetadata(commandName: string, meta: CommandMetadata): EventMetadata {
  const { receivedAt: _receivedAt, ...rest } = meta;
  return { commandName, ...rest };
}
