import type { AuditEventView } from '../views/audit-event.view.js';

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  ndjson: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

const CSV_COLUMNS = [
  'position',
  'eventId',
  'streamId',
  'version',
  'type',
  'occurredAt',
  'source',
  'clientId',
  'commandName',
  'commandId',
  'requestId',
  'data',
  'metadata',
  'prevHash',
  'hash',
  'seal',
  'redacted',
] as const;

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const CRLF = '\r\n';

export const CSV_HEADER = CSV_COLUMNS.join(',') + CRLF;

/** One row per event, `data` and `metadata` as JSON text, lines ending CRLF (RFC 4180). */
export function csvRows(events: readonly AuditEventView[]): string {
  return events
    .map((event) => {
      const { metadata } = event;
      const fields = [
        String(event.position),
        event.eventId,
        event.streamId,
        String(event.version),
        event.type,
        event.occurredAt,
        metadata.source,
        metadata.actor?.clientId ?? '',
        metadata.commandName,
        metadata.commandId,
        metadata.requestId,
        JSON.stringify(event.data),
        JSON.stringify(metadata),
        event.prevHash,
        event.hash,
        event.seal ?? '',
        event.redacted ? 'true' : 'false',
      ];
      return fields.map((field) => csvField(field ?? '')).join(',') + CRLF;
    })
    .join('');
}
