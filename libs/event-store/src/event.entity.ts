import { EntitySchema } from 'typeorm';
import type { EventColumns } from './event-columns.js';

/**
 * A row of the append-only `events` table; data and metadata are JSON text. `seal` is the
 * keyed seal of `hash` (see event-seal.ts; null on rows written before seals existed). The
 * columns of EventColumns are copied from the metadata for the audit filters (event-columns.ts).
 */
export interface EventRow extends EventColumns {
  position: number;
  eventId: string;
  streamId: string;
  version: number;
  type: string;
  data: string;
  metadata: string;
  occurredAt: string;
  prevHash: string;
  hash: string;
  seal: string | null;
}

/** PostgreSQL returns bigint as a string; positions stay far below 2^53. */
const bigintAsNumber = { to: (v: unknown) => v, from: (v: unknown) => (v == null ? v : Number(v)) };

export const EventEntity = new EntitySchema<EventRow>({
  name: 'Event',
  tableName: 'events',
  columns: {
    position: {
      type: 'integer',
      primary: true,
      generated: 'increment',
      transformer: bigintAsNumber,
    },
    eventId: { name: 'event_id', type: 'varchar' },
    streamId: { name: 'stream_id', type: 'varchar' },
    version: { type: 'integer' },
    type: { type: 'varchar' },
    data: { type: 'text' },
    metadata: { type: 'text' },
    occurredAt: { name: 'occurred_at', type: 'varchar' },
    prevHash: { name: 'prev_hash', type: 'varchar' },
    hash: { type: 'varchar' },
    seal: { type: 'varchar', nullable: true },
    commandId: { name: 'command_id', type: 'varchar', nullable: true },
    clientId: { name: 'client_id', type: 'varchar', nullable: true },
    commandName: { name: 'command_name', type: 'varchar', nullable: true },
    source: { type: 'varchar', nullable: true },
  },
});
