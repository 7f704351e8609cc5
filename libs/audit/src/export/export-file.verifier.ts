import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ChainChecker, type ChainFailureReason, type EventSealer } from '@app/event-store';
import { MAX_REPORTED_FAILURES } from '../verify/verification-report.js';
import { TrailerTally, trailerSealMatches, type ExportTrailer } from './export-trailer.js';
import { exportedLineOf } from './exported-line.js';

/**
 * Why a file fails, besides an event's chain or seal (ChainFailureReason):
 * - `malformed-line`: a line that is neither an exported event nor the trailer;
 * - `missing-trailer`: the file ends without its trailer (cut short, or not an export);
 * - `trailer-mismatch`: the trailer's count, last position or digest is not the file's;
 * - `trailer-seal-mismatch`: the trailer's seal is not the server's (checked with the key only);
 * - `line-after-trailer`: anything but blank lines after the trailer.
 */
export type FileFailureReason =
  | ChainFailureReason
  | 'malformed-line'
  | 'missing-trailer'
  | 'trailer-mismatch'
  | 'trailer-seal-mismatch'
  | 'line-after-trailer';

/** A failure in an exported file, with the line it was found on (1-based). */
export interface FileFailure {
  readonly line: number;
  readonly streamId?: string;
  readonly version?: number;
  readonly reason: FileFailureReason;
}

export interface FileVerifyOptions {
  /** The export was filtered by more than the customer: a stream's versions may skip. */
  readonly partial?: boolean;
  /** Checks every event's seal and the trailer's with the server's key. */
  readonly seals?: EventSealer;
  /** Counts redacted events as verified enough (their links and seals are checked). */
  readonly acceptRedacted?: boolean;
}

export interface FileVerification {
  /** Nothing failed, and every event was fully verified (or redacted events were accepted). */
  readonly valid: boolean;
  readonly streams: number;
  readonly events: number;
  /** Redacted events (PII masked, SSNs cut): links (and seals) checked, content unverifiable. */
  readonly unverifiable: number;
  readonly redactedAccepted: boolean;
  readonly sealsChecked: boolean;
  readonly failures: readonly FileFailure[];
  readonly truncated: boolean;
}

/** One pass over a file's lines; memory holds one head per stream, not the events. */
class FileCheck {
  private readonly checker: ChainChecker;
  private readonly streams = new Set<string>();
  private readonly tally = new TrailerTally();
  private readonly failures: FileFailure[] = [];
  private unverifiable = 0;
  private dropped = 0;
  private position = -1;
  private trailerAt: number | undefined;

  constructor(private readonly options: FileVerifyOptions) {
    this.checker = new ChainChecker(options);
  }

  take(text: string, line: number): void {
    if (text.trim() === '') return;
    if (this.trailerAt !== undefined) return this.fail({ line, reason: 'line-after-trailer' });
    const taken = exportedLineOf(text);
    if (!taken) return this.fail({ line, reason: 'malformed-line' });
    if (taken.kind === 'trailer') return this.checkTrailer(taken.trailer, line);
    const { event } = taken;
    const at = { line, streamId: event.streamId, version: event.version };
    for (const failure of this.checker.check(event)) this.fail({ line, ...failure });
    if (event.position <= this.position) this.fail({ ...at, reason: 'position-out-of-order' });
    this.position = Math.max(this.position, event.position);
    this.streams.add(event.streamId);
    this.tally.add(event.position, event.hash);
    if (event.redacted) this.unverifiable++;
  }

  result(lines: number): FileVerification {
    if (this.trailerAt === undefined) this.fail({ line: lines + 1, reason: 'missing-trailer' });
    const { unverifiable, failures } = this;
    const redactedAccepted = this.options.acceptRedacted ?? false;
    return {
      valid: failures.length === 0 && (unverifiable === 0 || redactedAccepted),
      streams: this.streams.size,
      events: this.tally.events,
      unverifiable,
      redactedAccepted,
      sealsChecked: this.options.seals !== undefined,
      failures,
      truncated: this.dropped > 0,
    };
  }

  private checkTrailer(trailer: ExportTrailer, line: number): void {
    this.trailerAt = line;
    const counted = this.tally.summary();
    const matches =
      trailer.events === counted.events &&
      trailer.lastPosition === counted.lastPosition &&
      trailer.digest === counted.digest;
    if (!matches) this.fail({ line, reason: 'trailer-mismatch' });
    const { seals } = this.options;
    if (seals && !trailerSealMatches(trailer, seals)) {
      this.fail({ line, reason: 'trailer-seal-mismatch' });
    }
  }

  private fail(failure: FileFailure): void {
    if (this.failures.length < MAX_REPORTED_FAILURES) this.failures.push(failure);
    else this.dropped++;
  }
}

/**
 * Verifies an NDJSON export with no database (`audit:verify-file`): every event's hash (unless
 * it was exported redacted: then it is counted as unverifiable), every link and version within
 * its stream, the file's order by position, the trailer (nothing cut off, dropped or added), and
 * with the server's key every seal. A whole export, or one by customer, holds whole streams from
 * version 1; `partial` is for other filters, whose streams may skip versions.
 */
export async function verifyExportFile(
  path: string,
  options: FileVerifyOptions = {},
): Promise<FileVerification> {
  const check = new FileCheck(options);
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) check.take(text, ++line);
  return check.result(line);
}
