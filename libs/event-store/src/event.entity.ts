import { EntitySchema } from 'typeorm';

/** A row of the append-only `events` table; data and metadata are JSON text. */
export interface EventRow {
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
  },
});
