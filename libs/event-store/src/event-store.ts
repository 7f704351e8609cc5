import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { uniqueViolationTable } from '@app/persistence';
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
    const last = await manager.getRepository(EventEntity).findOne({
      select: { version: true, hash: true },
      where: { streamId },
      order: { version: 'DESC' },
    });
    const head = last?.version ?? 0;
    if (expected !== AT_HEAD && head !== expected) {
      throw new StreamVersionClashError(streamId, expected);
    }
    const expectedVersion = head;
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows: EventRow[] = [];
    events.forEach((event, index) => {
      const stored = {
        eventId: randomUUID(),
        streamId,
        version: expectedVersion + index + 1,
        type: event.type,
        occurredAt: event.occurredAt,
        // Round-trip through JSON so the hash covers exactly what is stored and read back.
        data: JSON.parse(JSON.stringify(event.data)) as Record<string, unknown>,
        metadata: JSON.parse(JSON.stringify(event.metadata)) as EventToAppend['metadata'],
        prevHash,
      };
      const hash = eventHash(stored);
      rows.push({
        ...stored,
        position: 0,
        data: JSON.stringify(stored.data),
        metadata: JSON.stringify(stored.metadata),
        hash,
        seal: this.sealer?.seal(hash) ?? null,
        ...eventColumnsOf(stored.metadata),
      });
      prevHash = hash;
    });
    return this.insert(manager, streamId, expectedVersion, rows);
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

  private async insert(
    manager: EntityManager,
    streamId: string,
    expectedVersion: number,
    rows: EventRow[],
  ): Promise<StoredEvent[]> {
    const repository = manager.getRepository(EventEntity);
    const stored: StoredEvent[] = [];
    for (const { position: _ignored, ...row } of rows) {
      try {
        const saved = await repository.save(repository.create(row));
        stored.push(toStoredEvent(saved));
      } catch (error) {
        if (uniqueViolationTable(error) === 'events') {
          throw new StreamVersionClashError(streamId, expectedVersion);
        }
        throw error;
      }
    }
    return stored;
  }
}
