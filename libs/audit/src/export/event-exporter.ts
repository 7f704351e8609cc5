import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { toStoredEvent, type EventRow } from '@app/event-store';
import { Database } from '@app/persistence';
import type { EventFilter } from '../filters/audit-filter.js';
import { auditEventView } from '../views/audit-event.view.js';
import {
  CSV_HEADER,
  csvRows,
  ndjsonLines,
  storedNdjsonLine,
  type ExportFormat,
} from './export-formats.js';
import { exportedPages, lastPosition } from './exported-pages.js';
import { openLogSnapshot, type LogSnapshot } from './log-snapshot.js';

/**
 * Streams the matching events (API.md §8 `GET /api/audit/export`) with backpressure: a page is
 * read only when the reader has taken the previous one, so memory holds a few pages whatever the
 * size of the log. PII is masked as in every audit answer.
 */
@Injectable()
export class EventExporter {
  constructor(private readonly db: Database) {}

  /** Opens the snapshot first, so that a database that cannot be read fails before any byte. */
  async export(filter: EventFilter, format: ExportFormat, seesPii: boolean): Promise<Readable> {
    const snapshot = await openLogSnapshot(this.db);
    try {
      const last = await lastPosition(snapshot);
      // One chunk waits in the stream at most: memory holds a page of rows and a chunk of text.
      const stream = Readable.from(chunks(snapshot, filter, last, format, seesPii), {
        highWaterMark: 1,
      });
      // A stream destroyed before its first read never runs the generator's `finally`.
      stream.once('close', () => void snapshot.close());
      return stream;
    } catch (error) {
      await snapshot.close();
      throw error;
    }
  }
}

/**
 * A reader with `audit:pii` sees the stored data of every event that holds no SSN: those NDJSON
 * lines are written from the stored text (most of a full export). Others are parsed and masked.
 */
function textOf(rows: readonly EventRow[], format: ExportFormat, seesPii: boolean): string {
  if (format === 'ndjson' && seesPii) {
    return rows
      .map((row) =>
        row.data.includes('"SSN"')
          ? ndjsonLines([auditEventView(toStoredEvent(row), true)])
          : storedNdjsonLine(row),
      )
      .join('');
  }
  const views = rows.map((row) => auditEventView(toStoredEvent(row), seesPii));
  return format === 'csv' ? csvRows(views) : ndjsonLines(views);
}

/**
 * Lines go out a hundred events at a time (about 70 kB): large strings would be allocated
 * outside V8's young generation and linger until a full collection, swelling the process.
 */
const EVENTS_PER_CHUNK = 100;

async function* chunks(
  snapshot: LogSnapshot,
  filter: EventFilter,
  last: number,
  format: ExportFormat,
  seesPii: boolean,
): AsyncGenerator<string> {
  try {
    if (format === 'csv') yield CSV_HEADER;
    for await (const page of exportedPages(snapshot, filter, last)) {
      for (let i = 0; i < page.length; i += EVENTS_PER_CHUNK) {
        yield textOf(page.slice(i, i + EVENTS_PER_CHUNK), format, seesPii);
      }
    }
  } finally {
    // Also when the client goes away mid-export: the stream is destroyed, the generator returns.
    await snapshot.close();
  }
}
