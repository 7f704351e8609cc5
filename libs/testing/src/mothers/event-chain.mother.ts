import type { EntityManager } from 'typeorm';
import {
  EventEntity,
  eventColumnsOf,
  eventHash,
  GENESIS_HASH,
  type EventMetadata,
  type StoredEvent,
} from '@app/event-store';

const METADATA: EventMetadata = {
  commandName: 'UpdateContactCommand',
  commandId: 'cmd_1',
  requestId: 'req_1',
  source: 'bpm',
  actor: { clientId: 'bpm_client' },
};

export interface ChainOptions {
  /** Position of the first event, and the distance between two (so that streams interleave). */
  readonly first?: number;
  readonly step?: number;
  /** The stream's current last event: the chain continues after it. */
  readonly after?: StoredEvent;
  readonly metadata?: EventMetadata;
}

/** A well-formed, hash-chained run of `count` EmailChanged events of one stream. */
export function anEventChain(streamId: string, count: number, options: ChainOptions = {}) {
  const { first = 1, step = 1, after, metadata = METADATA } = options;
  const events: StoredEvent[] = [];
  let prevHash = after?.hash ?? GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const version = (after?.version ?? 0) + i;
    const content = {
      eventId: `${streamId}-${version}`,
      streamId,
      version,
      type: 'EmailChanged',
      occurredAt: '2026-11-21T10:30:00.000Z',
      data: { from: null, to: `v${version}@example.com` },
      metadata,
      prevHash,
    };
    const hash = eventHash(content);
    events.push({ ...content, position: first + (i - 1) * step, hash });
    prevHash = hash;
  }
  return events;
}

/** Inserts events as the appender stores them (positions assigned by the database), in bulk. */
export async function insertEvents(manager: EntityManager, events: readonly StoredEvent[]) {
  const rows = events.map(({ position: _position, ...event }) => ({
    ...event,
    ...eventColumnsOf(event.metadata),
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
  }));
  for (let i = 0; i < rows.length; i += 250) {
    await manager.getRepository(EventEntity).insert(rows.slice(i, i + 250));
  }
}
