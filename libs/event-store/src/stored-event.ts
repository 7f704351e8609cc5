/** Who did what, through which surface: recorded with every event (API.md §8). */
export interface EventMetadata {
  readonly commandName: string;
  readonly commandId: string;
  readonly requestId: string;
  readonly source: 'bpm' | 'connectfi' | 'condor' | 'wallet' | 'api' | 'ops';
  readonly actor: { readonly clientId: string };
  readonly idempotencyKey?: string;
  readonly verificationId?: string;
  /** Version of the event's data shape, so that readers can upcast old events. */
  readonly schemaVersion?: number;
}

export interface EventToAppend {
  readonly type: string;
  readonly occurredAt: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface StoredEvent {
  readonly position: number;
  readonly eventId: string;
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly data: Record<string, unknown>;
  readonly metadata: EventMetadata;
  readonly prevHash: string;
  readonly hash: string;
}

/** The hash of a stream's first event's parent. */
export const GENESIS_HASH = '0'.repeat(64);
