import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import type { EventFilter } from '../filters/audit-filter.js';
import { auditEventView } from '../views/audit-event.view.js';
import { CSV_HEADER, csvRows, ndjsonLines, type ExportFormat } from './export-formats.js';
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
      const stream = Readable.from(chunks(snapshot, filter, last, format, seesPii));
      // A stream destroyed before its first read never runs the generator's `finally`.
      stream.once('close', () => void snapshot.close());
      return stream;
    } catch (error) {
      await snapshot.close();
      throw error;
    }
  }
}

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
      const views = page.map((event) => auditEventView(event, seesPii));
      yield format === 'csv' ? csvRows(views) : ndjsonLines(views);
    }
  } finally {
    // Also when the client goes away mid-export: the stream is destroyed, the generator returns.
    await snapshot.close();
  }
}
