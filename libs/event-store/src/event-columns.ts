import type { EventMetadata } from './stored-event.js';

/**
 * The metadata members the audit filters select on, copied into columns of their own so that each
 * filter reads an index rather than JSON. They are not part of the hash (API.md §8 fixes what it
 * covers), so the verifier checks that they still equal the metadata they were copied from.
 */
export interface EventColumns {
  readonly commandId: string | null;
  readonly clientId: string | null;
  readonly commandName: string | null;
  readonly source: string | null;
}

export function eventColumnsOf(metadata: EventMetadata): EventColumns {
  return {
    commandId: metadata.commandId ?? null,
    clientId: metadata.actor?.clientId ?? null,
    commandName: metadata.commandName ?? null,
    source: metadata.source ?? null,
  };
}

/** Whether a row's copied columns still say what its metadata says. */
export function eventColumnsMatch(columns: EventColumns, metadata: EventMetadata): boolean {
  const expected = eventColumnsOf(metadata);
  return (
    columns.commandId === expected.commandId &&
    columns.clientId === expected.clientId &&
    columns.commandName === expected.commandName &&
    columns.source === expected.source
  );
}
