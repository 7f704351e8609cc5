import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EventSealer, type EventRow } from '@app/event-store';
import { Database } from '@app/persistence';
import type { EventFilter } from '../filters/audit-filter.js';
import { auditEventView, sealedEventOf, storedLineOf } from '../views/audit-event.view.js';
import { storedNdjsonBuffer } from '../views/stored-event-text.js';
import { CSV_HEADER, csvRows, type ExportFormat } from './export-formats.js';
import { TrailerTally, trailerLine } from './export-trailer.js';
import { exportedPages, lastPosition } from './exported-pages.js';
import { openLogSnapshot, type LogSnapshot } from './log-snapshot.js';

/**
 * Streams the matching events (API.md §8 `GET /api/audit/export`) with backpressure: a page is
 * read only when the reader has taken the previous one, so memory holds a few pages whatever the
 * size of the log. PII is masked as in every audit answer. An NDJSON export ends with a sealed
 * trailer line (export-trailer.ts), so that a file cut short is known to be.
 */
@Injectable()
export class EventExporter {
  constructor(
    private readonly db: Database,
    private readonly sealer: EventSealer,
  ) {}

  /** Opens the snapshot first, so that a database that cannot be read fails before any byte. */
  async export(filter: EventFilter, format: ExportFormat, seesPii: boolean): Promise<Readable> {
    const snapshot = await openLogSnapshot(this.db);
    try {
      const last = await lastPosition(snapshot);
      // One chunk waits in the stream at most: memory holds a page of rows and a chunk of text.
      const parts = { snapshot, filter, last, format, seesPii, sealer: this.sealer };
      const stream = Readable.from(chunks(parts), { highWaterMark: 1 });
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
 * A page as the chunks it goes out in, a hundred events each (about 80 kB). NDJSON is written
 * from the stored text (storedLineOf: only what the reader may not see is rewritten) straight
 * into a Buffer per chunk; CSV rows from the parsed and masked events.
 */
function pageChunks(rows: readonly EventRow[], format: ExportFormat, seesPii: boolean): Chunk[] {
  const chunks: Chunk[] = [];
  for (let i = 0; i < rows.length; i += EVENTS_PER_CHUNK) {
    const some = rows.slice(i, i + EVENTS_PER_CHUNK);
    chunks.push(
      format === 'ndjson'
        ? storedNdjsonBuffer(some.map((row) => storedLineOf(row, seesPii)))
        : csvRows(some.map((row) => auditEventView(sealedEventOf(row), seesPii))),
    );
  }
  return chunks;
}

/**
 * Text goes out a hundred events at a time: large strings and buffers would be allocated outside
 * V8's young generation (and, for buffers, from malloc's arenas) and linger, swelling the
 * process; a Buffer per chunk rather than per page of a thousand kept the export's peak RSS a
 * few MB lower.
 */
const EVENTS_PER_CHUNK = 100;

interface ExportParts {
  readonly snapshot: LogSnapshot;
  readonly filter: EventFilter;
  readonly last: number;
  readonly format: ExportFormat;
  readonly seesPii: boolean;
  readonly sealer: EventSealer;
}

type Chunk = string | Buffer;

async function* chunks(parts: ExportParts): AsyncGenerator<Chunk> {
  const { snapshot, filter, last, format, seesPii } = parts;
  const tally = new TrailerTally();
  try {
    if (format === 'csv') yield CSV_HEADER;
    const pages = exportedPages(snapshot, filter, last, (rows) => {
      for (const row of rows) tally.add(Number(row.position), row.hash);
      return pageChunks(rows, format, seesPii);
    });
    for await (const page of pages) yield* page;
    if (format === 'ndjson') yield trailerLine(tally, parts.sealer);
  } finally {
    // Also when the client goes away mid-export: the stream is destroyed, the generator returns.
    await snapshot.close();
  }
}
