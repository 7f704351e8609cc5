import type { ChainFailureReason } from '@app/event-store';

/**
 * Why an event or a stream fails verification: its chain or seal (see ChainFailureReason), or a check
 * against the other records that a genuine event always comes with:
 * - `columns-mismatch`: the filter columns copied from the metadata say something else;
 * - `unrecorded-command`: no accepted command-log row for the event's command (a forged row);
 * - `unlisted-type`: the command log's type index (`command_event_types`) does not list the
 *   event's command under its type, so `GET /api/audit/commands?type=` would not find it;
 * - `beyond-read-model`: the stream goes past the customer's read-model version (an appended row);
 * - `missing-read-model`: a customer stream without a read-model row.
 */
export type AuditFailureReason =
  | ChainFailureReason
  | 'columns-mismatch'
  | 'unrecorded-command'
  | 'unlisted-type'
  | 'beyond-read-model'
  | 'missing-read-model';

export interface AuditFailure {
  readonly streamId: string;
  readonly version: number;
  readonly reason: AuditFailureReason;
}

/** What `GET /api/audit/verify` and `audit:verify` answer. */
export interface VerificationReport {
  readonly valid: boolean;
  readonly streams: number;
  readonly events: number;
  readonly failures: readonly AuditFailure[];
  /** More failures were found than the report lists. */
  readonly truncated: boolean;
}

/** Enough to name what broke, and bounded however broken a log of millions of events is. */
export const MAX_REPORTED_FAILURES = 1000;

/** Counts what was verified and keeps the first failures. */
export class VerificationTally {
  streams = 0;
  events = 0;
  private readonly failures: AuditFailure[] = [];
  private dropped = 0;

  fail(...failures: readonly AuditFailure[]): void {
    for (const failure of failures) {
      if (this.failures.length < MAX_REPORTED_FAILURES) this.failures.push(failure);
      else this.dropped++;
    }
  }

  get room(): number {
    return MAX_REPORTED_FAILURES - this.failures.length;
  }

  report(): VerificationReport {
    return {
      valid: this.failures.length === 0,
      streams: this.streams,
      events: this.events,
      failures: this.failures,
      truncated: this.dropped > 0,
    };
  }
}

/** The answer of API.md §8: `{valid: true, streams, events}` or `{valid: false, failures}`. */
export function verificationAnswer(report: VerificationReport): Record<string, unknown> {
  const { valid, streams, events, failures, truncated } = report;
  if (valid) return { valid, streams, events };
  return { valid, failures, streams, events, ...(truncated ? { truncated } : {}) };
}
