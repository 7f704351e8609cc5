import type { CommandLogEntry, EventMetadata } from '@app/event-store';

/** The surfaces a change can arrive through (API.md §8 `metadata.source`). */
export const AUDIT_SOURCES = [
  'bpm',
  'connectfi',
  'condor',
  'wallet',
  'api',
  'ops',
] as const satisfies readonly EventMetadata['source'][];

export const COMMAND_OUTCOMES = [
  'accepted',
  'noop',
  'rejected',
] as const satisfies readonly CommandLogEntry['outcome'][];

/**
 * What an auditor selects events by (API.md §8). Every member is optional and they combine with
 * AND. Times are ISO 8601 UTC with milliseconds, as the log stores them: `from` inclusive, `to`
 * exclusive.
 */
export interface EventFilter {
  readonly customerId?: string;
  readonly type?: string;
  readonly clientId?: string;
  readonly commandName?: string;
  readonly source?: EventMetadata['source'];
  readonly from?: string;
  readonly to?: string;
}

/**
 * The same filters on the command log, plus the outcome. `type` selects the commands that
 * appended an event of that type; `from` / `to` bound the arrival time.
 */
export interface CommandFilter extends EventFilter {
  readonly outcome?: CommandLogEntry['outcome'];
}

/** One page of an audit list (API.md §0 "lists"), oldest first. */
export interface AuditPage<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 100;
