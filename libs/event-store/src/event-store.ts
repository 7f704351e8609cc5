import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { portableQuery, uniqueViolationTable } from '@app/persistence';
import { ConcurrentWriteError } from './command-runner/concurrent-write.error.js';
import { eventColumnsOf } from './event-columns.js';
import { eventHash } from './event-hash.js';
import type { EventSealer } from './event-seal.js';
import { EventEntity, type EventRow } from './event.entity.js';
import { toStoredEvent } from './event-row.mapper.js';
import { GENESIS_HASH, type EventToAppend, type StoredEvent } from './stored-event.js';

/**
 * Another writer appended to the stream first: the command runner retries from a fresh load (a
 * registration reports the id as taken).
 */
export class StreamVersionClashError extends ConcurrentWriteError {
  constructor(
    streamId: string,
    readonly expectedVersion: number,
  ) {
    super(streamId);
  }
}

/** Append after whatever the stream holds: for writers that hold the stream's lock and read nothing else. */
export const AT_HEAD = 'head';

/** Which events of a stream to read; every bound is optional. */
export interface StreamRange {
  /** Only events after this version (a page cursor). */
  readonly afterVersion?: number;
  /** Only events up to and including this version. */
  readonly version?: number;
  /** Only events that occurred at or before this time (ISO 8601 UTC with milliseconds, inclusive). */
  readonly until?: string;
  readonly limit?: number;
}

/** Append-only, hash-chained, sealed event streams in the `events` table. */
export class EventStore {
  /** Without a sealer rows are written unsealed, and verification reports them (`unsealed`). */
  constructor(private readonly sealer: EventSealer | null = null) {}

  /**
   * Appends `events` after `expected` (a version, or AT_HEAD) inside the caller's transaction.
   * The stream's last hash is read in the same transaction; UNIQUE(stream_id, version) makes sure
   * no two appends share a parent, so a lost race surfaces as StreamVersionClashError.
   */
  async append(
    manager: EntityManager,
    streamId: string,
    expected: number | typeof AT_HEAD,
    events: readonly EventToAppend[],
  ): Promise<StoredEvent[]> {
    const [last] = await portableQuery<{ version: number; hash: string }>(
      manager,
      'SELECT version, hash FROM events WHERE stream_id = $1 ORDER BY version DESC LIMIT 1',
      [streamId],
    );
    const head = last?.version ?? 0;
    if (expected !== AT_HEAD && head !== expected) {
      throw new StreamVersionClashError(streamId, expected);
    }
    const expectedVersion = head;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const appended = events.map((event, index) => {
      // Serialised once for storage and parsed back once, so the hash covers exactly what is
      // stored and read back (an undefined member, a Date, is what JSON makes of it).
      const text = { data: JSON.stringify(event.data), metadata: JSON.stringify(event.metadata) };
      const stored = {
        eventId: randomUUID(),
        streamId,
        version: expectedVersion + index + 1,
        type: event.type,
        occurredAt: event.occurredAt,
        data: JSON.parse(text.data) as Record<string, unknown>,
        metadata: JSON.parse(text.metadata) as EventToAppend['metadata'],
        prevHash,
      };
      const hash = eventHash(stored);
      prevHash = hash;
      const row: Omit<EventRow, 'position'> = {
        ...stored,
        ...text,
        hash,
        seal: this.sealer?.seal(hash) ?? null,
        ...eventColumnsOf(stored.metadata),
      };
      return { event: { ...stored, hash }, row };
    });
    const positions = await this.insert(
      manager,
      streamId,
      expectedVersion,
      appended.map((a) => a.row),
    );
    return appended.map(({ event }, i) => ({ ...event, position: positions[i]! }));
  }

  /** A stream's events, oldest first, within an optional range (see StreamRange). */
  async readStream(
    manager: EntityManager,
    streamId: string,
    range: StreamRange = {},
  ): Promise<StoredEvent[]> {
    const query = manager
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.stream_id = :streamId', { streamId })
      .orderBy('e.version', 'ASC');
    if (range.afterVersion !== undefined)
      query.andWhere('e.version > :after', { after: range.afterVersion });
    if (range.version !== undefined)
      query.andWhere('e.version <= :version', { version: range.version });
    if (range.until !== undefined)
      query.andWhere('e.occurred_at <= :until', { until: range.until });
    if (range.limit !== undefined) query.take(range.limit);
    return (await query.getMany()).map(toStoredEvent);
  }

  /** One INSERT for all the events of a command; the positions the database gave them. */
  private async insert(
    manager: EntityManager,
    streamId: string,
    expectedVersion: number,
    rows: ReadonlyArray<Omit<EventRow, 'position'>>,
  ): Promise<number[]> {
    const values = rows.map((row) => INSERTED_COLUMNS.map(([, field]) => row[field]));
    const tuples = values.map(
      (_row, r) =>
        `(${INSERTED_COLUMNS.map((_c, c) => `$${r * INSERTED_COLUMNS.length + c + 1}`).join(', ')})`,
    );
    const sql = `INSERT INTO events (${INSERTED_COLUMNS.map(([column]) => column).join(', ')})
      VALUES ${tuples.join(', ')} RETURNING position`;
    try {
      const inserted = await portableQuery<{ position: number | string }>(
        manager,
        sql,
        values.flat(),
      );
      // RETURNING gives no order; positions grow with the rows, in the order they were listed.
      return inserted.map((row) => Number(row.position)).sort((a, b) => a - b);
    } catch (error) {
      if (uniqueViolationTable(error) === 'events') {
        throw new StreamVersionClashError(streamId, expectedVersion);
      }
      throw error;
    }
  }
}

/** The columns an append writes, and the row fields they come from (`position` is generated). */
const INSERTED_COLUMNS: ReadonlyArray<readonly [string, keyof Omit<EventRow, 'position'>]> = [
  ['event_id', 'eventId'],
  ['stream_id', 'streamId'],
  ['version', 'version'],
  ['type', 'type'],
  ['data', 'data'],
  ['metadata', 'metadata'],
  ['occurred_at', 'occurredAt'],
  ['prev_hash', 'prevHash'],
  ['hash', 'hash'],
  ['seal', 'seal'],
  ['command_id', 'commandId'],
  ['client_id', 'clientId'],
  ['command_name', 'commandName'],
  ['source', 'source'],
];
