import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ChainChecker, type ChainFailureReason } from '@app/event-store';
import { MAX_REPORTED_FAILURES } from '../verify/verification-report.js';
import { exportedEventOf } from './exported-line.js';

/** A failure in an exported file, with the line it was found on (1-based). */
export interface FileFailure {
  readonly line: number;
  readonly streamId?: string;
  readonly version?: number;
  readonly reason: ChainFailureReason | 'malformed-line';
}

export interface FileVerification {
  readonly valid: boolean;
  readonly streams: number;
  readonly events: number;
  /** Events exported redacted (PII masked, SSNs cut): links checked, content not. */
  readonly linkOnly: number;
  readonly failures: readonly FileFailure[];
  readonly truncated: boolean;
}

/** One pass over a file's lines; memory holds one head per stream, not the events. */
class FileCheck {
  private readonly checker: ChainChecker;
  private readonly streams = new Set<string>();
  private readonly failures: FileFailure[] = [];
  private events = 0;
  private linkOnly = 0;
  private dropped = 0;
  private position = -1;

  constructor(partial: boolean) {
    this.checker = new ChainChecker({ partial });
  }

  take(text: string, line: number): void {
    if (text.trim() === '') return;
    const event = exportedEventOf(text);
    if (!event) return this.fail({ line, reason: 'malformed-line' });
    for (const failure of this.checker.check(event)) this.fail({ line, ...failure });
    if (event.position <= this.position) {
      this.fail({
        line,
        streamId: event.streamId,
        version: event.version,
        reason: 'position-out-of-order',
      });
    }
    this.position = Math.max(this.position, event.position);
    this.streams.add(event.streamId);
    this.events++;
    if (event.redacted) this.linkOnly++;
  }

  result(): FileVerification {
    const { events, linkOnly, failures } = this;
    const valid = failures.length === 0;
    return {
      valid,
      streams: this.streams.size,
      events,
      linkOnly,
      failures,
      truncated: this.dropped > 0,
    };
  }

  private fail(failure: FileFailure): void {
    if (this.failures.length < MAX_REPORTED_FAILURES) this.failures.push(failure);
    else this.dropped++;
  }
}

/**
 * Verifies an NDJSON export with no database (`audit:verify-file`): every event's hash (unless
 * it was exported redacted), every link and version within its stream, and the file's order by
 * position. A whole export, or one by customer, holds whole streams from version 1; `partial`
 * is for other filters, whose streams may skip versions.
 */
export async function verifyExportFile(
  path: string,
  options: { readonly partial?: boolean } = {},
): Promise<FileVerification> {
  const check = new FileCheck(options.partial ?? false);
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) check.take(text, ++line);
  return check.result();
}
