import { ChainChecker, type CheckedEvent, type EventSealer } from '@app/event-store';
import { VerificationTally } from './verification-report.js';

/**
 * The state of one verification as batches pass: the chain checker, the stream being read, and
 * the streams finished since their read models were last checked.
 */
export class VerificationRun {
  readonly tally = new VerificationTally();
  private readonly checker: ChainChecker;
  private current: string | undefined;
  private finished: string[] = [];

  /** `unsealedAllowed`: an event without a seal is not a failure (see LegacyEventSealer). */
  constructor(
    seals: EventSealer,
    private readonly unsealedAllowed = false,
  ) {
    this.checker = new ChainChecker({ seals });
  }

  /** Checks a batch of events in stream order, their seals included. */
  check(events: readonly CheckedEvent[]): void {
    for (const event of events) {
      if (event.streamId !== this.current) this.startStream(event.streamId);
      const failures = this.checker.check(event);
      this.tally.fail(
        ...(this.unsealedAllowed ? failures.filter((f) => f.reason !== 'unsealed') : failures),
      );
    }
    this.tally.events += events.length;
  }

  /**
   * The finished streams to check against the read model now: once enough are waiting, and at
   * the end (when the stream being read is finished too).
   */
  takeFinished(atEnd: boolean, enough: number): string[] {
    if (atEnd && this.current !== undefined) this.finished.push(this.current);
    if (!atEnd && this.finished.length < enough) return [];
    const streams = this.finished;
    this.finished = [];
    return streams;
  }

  private startStream(streamId: string): void {
    if (this.current !== undefined) {
      this.finished.push(this.current);
      this.checker.forget(this.current);
    }
    this.current = streamId;
    this.tally.streams++;
  }
}
