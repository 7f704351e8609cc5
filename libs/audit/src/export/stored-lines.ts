import type { EventRow } from '@app/event-store';

/** A stored row to write as an NDJSON line; `redactedData` replaces its data in a redacted copy. */
export interface StoredLine {
  readonly row: EventRow;
  readonly redactedData?: string;
}

type Visit = (piece: string) => void;

/** Text JSON.stringify quotes as it is: printable ASCII without a quote or a backslash. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function visitQuoted(value: string, visit: Visit): void {
  if (!PLAIN.test(value)) return visit(JSON.stringify(value));
  visit('"');
  visit(value);
  visit('"');
}

/**
 * The pieces of a stored row's NDJSON line, in order: joined, the line `ndjsonLines` writes for
 * the event (the appender stored `data` and `metadata` with JSON.stringify), with nothing
 * parsed. A redacted copy says `"redacted":true` last, as auditEventView does.
 */
function visitLine({ row, redactedData }: StoredLine, visit: Visit): void {
  visit('{"position":');
  visit(String(Number(row.position)));
  visit(',"eventId":');
  visitQuoted(row.eventId, visit);
  visit(',"streamId":');
  visitQuoted(row.streamId, visit);
  visit(',"version":');
  visit(String(row.version));
  visit(',"type":');
  visitQuoted(row.type, visit);
  visit(',"occurredAt":');
  visitQuoted(row.occurredAt, visit);
  visit(',"data":');
  visit(redactedData ?? row.data);
  visit(',"metadata":');
  visit(row.metadata);
  visit(',"prevHash":');
  visitQuoted(row.prevHash, visit);
  visit(',"hash":');
  visitQuoted(row.hash, visit);
  if (row.seal) {
    visit(',"seal":');
    visitQuoted(row.seal, visit);
  }
  if (redactedData !== undefined) visit(',"redacted":true');
  visit('}\n');
}

export function storedNdjsonLine(row: EventRow, redactedData?: string): string {
  let line = '';
  visitLine(redactedData === undefined ? { row } : { row, redactedData }, (piece) => {
    line += piece;
  });
  return line;
}

/**
 * Lines written straight into one Buffer, measured first: no string of the line or the chunk
 * is built on V8's heap. A million-event export allocates about half as much, and V8 promotes
 * (and keeps until a full collection) in proportion to what is allocated.
 */
export function storedNdjsonBuffer(lines: readonly StoredLine[]): Buffer {
  let size = 0;
  const measure = (piece: string) => {
    size += Buffer.byteLength(piece, 'utf8');
  };
  for (const line of lines) visitLine(line, measure);
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  const write = (piece: string) => {
    offset += buffer.write(piece, offset, 'utf8');
  };
  for (const line of lines) visitLine(line, write);
  return buffer;
}
