import type { ErrorCode } from '@app/core';
import type { EventMetadata } from '../stored-event.js';

/** One row of the command log (API.md §8): every command, accepted, no-op or rejected. */
export interface CommandLogEntry {
  readonly commandId: string;
  readonly commandName: string;
  readonly source: EventMetadata['source'];
  readonly actor: { readonly clientId: string };
  readonly customerId: string | null;
  readonly outcome: 'accepted' | 'noop' | 'rejected';
  /** The canonical code of a rejection (API.md §1), whatever the surface. */
  readonly errorCode?: ErrorCode;
  readonly requestId: string;
  readonly receivedAt: string;
  readonly durationMs: number;
}
