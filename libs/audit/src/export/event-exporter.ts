import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EventSealer, type EventRow } from '@app/event-store';
import { Database } from '@app/persistence';
import type { EventFilter } from '../filters/audit-filter.js';
import { auditEventView, sealedEventOf } from '../views/audit-event.view.js';
import { CSV_HEADER, csvRows, ndjsonLines, type ExportFormat } from './export-formats.js';
import { storedNdjsonBuffer, type StoredLine } from './stored-lines.js';
import { hideSsnsInText } from './ssn-text.js';
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
 * A page as the chunks it goes out in. A reader with `audit:pii` sees the stored data of every
 * event, SSNs cut to their last four digits: its NDJSON is written from the stored text straight
 * into one Buffer per page (hideSsnsInText rewrites only the SSN documents of registrations),
 * sent in slices. Other readers' events are parsed and masked, a hundred to a chunk.
 */
function pageChunks(rows: readonly EventRow[], format: ExportFormat, seesPii: boolean): Chunk[] {
  if (format === 'ndjson' && seesPii) {
    const text = storedNdjsonBuffer(rows.map(piiLine));
    const slices: Buffer[] = [];
    for (let at = 0; at < text.length; at += BYTES_PER_CHUNK) {
      slices.push(text.subarray(at, at + BYTES_PER_CHUNK));
    }
    return slices;
  }
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += EVENTS_PER_CHUNK) {
    const views = rows
      .slice(i, i + EVENTS_PER_CHUNK)
      .map((row) => auditEventView(sealedEventOf(row), seesPii));
    chunks.push(format === 'csv' ? csvRows(views) : ndjsonLines(views));
  }
  return chunks;
}

function piiLine(row: EventRow): StoredLine {
  if (!row.data.includes('"SSN"')) return { row };
  const hidden = hideSsnsInText(row.data);
  return hidden === row.data ? { row } : { row, redactedData: hidden };
}

/**
 * Text goes out about 64 kB at a time: large strings would be allocated outside V8's young
 * generation and linger until a full collection, swelling the process.
 */
const EVENTS_PER_CHUNK = 100;
const BYTES_PER_CHUNK = 64 * 1024;

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
