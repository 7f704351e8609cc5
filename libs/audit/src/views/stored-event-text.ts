import type { EventRow } from '@app/event-store';

/**
 * A stored row to write as an event's JSON; `redactedData` replaces its data in a redacted copy
 * (storedLineOf in audit-event.view.ts decides it).
 */
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
 * The pieces of a stored row's JSON, in order: joined, what JSON.stringify writes for the event
 * as auditEventView shows it (the appender stored `data` and `metadata` with JSON.stringify),
 * with nothing parsed. A redacted copy says `"redacted":true` last, as auditEventView does.
 */
function visitEvent({ row, redactedData }: StoredLine, visit: Visit): void {
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
  visit('}');
}

/**
 * The pieces written straight into one Buffer, measured first: no string of an event or of the
 * whole text is built on V8's heap. A page or an export allocates about half as much, and V8
 * promotes (and keeps until a full collection) in proportion to what is allocated; on a busy
 * audit side those full collections were the slowest answers (docs/decisions.md "Memory").
 */
function bufferOf(write: (visit: Visit) => void): Buffer {
  let size = 0;
  write((piece) => {
    size += Buffer.byteLength(piece, 'utf8');
  });
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  write((piece) => {
    offset += buffer.write(piece, offset, 'utf8');
  });
  return buffer;
}

/** An export's lines, one event per line. */
export function storedNdjsonBuffer(lines: readonly StoredLine[]): Buffer {
  return bufferOf((visit) => {
    for (const line of lines) {
      visitEvent(line, visit);
      visit('\n');
    }
  });
}

/** A page of `GET /api/audit/events` as JSON: `{"items":[…],"nextCursor":…}`. */
export function storedPageBuffer(lines: readonly StoredLine[], nextCursor?: string): Buffer {
  return bufferOf((visit) => {
    visit('{"items":[');
    lines.forEach((line, index) => {
      if (index > 0) visit(',');
      visitEvent(line, visit);
    });
    visit(']');
    if (nextCursor !== undefined) {
      visit(',"nextCursor":');
      visitQuoted(nextCursor, visit);
    }
    visit('}');
  });
}
