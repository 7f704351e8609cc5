import { CustomerReplay, type ReplayedCustomer } from '@app/customer';
import type { StoredEvent } from '@app/event-store';
import type { ReadModelDifference } from './rebuild-report.js';

/**
 * Replays streams as their events pass in stream order, holding one customer's state at a
 * time. A stream that cannot be replayed (its events do not follow one another) is reported,
 * never compared or repaired from.
 */
export class StreamReplays {
  private current: { streamId: string; replay: CustomerReplay; broken: boolean } | undefined;
  private done: ReplayedCustomer[] = [];
  readonly broken: ReadModelDifference[] = [];
  customers = 0;

  take(event: StoredEvent): void {
    if (event.streamId !== this.current?.streamId) this.start(event.streamId);
    const current = this.current!;
    if (current.broken) return;
    try {
      current.replay.apply(event);
    } catch (error) {
      current.broken = true;
      const path = `version ${event.version}: ${error instanceof Error ? error.message : 'unreadable'}`;
      this.broken.push({
        customerId: event.streamId,
        subject: 'stream',
        kind: 'unreplayable',
        path,
      });
    }
  }

  /** The replayed customers finished so far (and the current one at the end), handed over once. */
  takeFinished(atEnd: boolean): ReplayedCustomer[] {
    if (atEnd) this.finish();
    const done = this.done;
    this.done = [];
    return done;
  }

  private start(streamId: string): void {
    this.finish();
    this.current = { streamId, replay: new CustomerReplay(), broken: false };
    this.customers++;
  }

  private finish(): void {
    if (!this.current || this.current.broken) return;
    const result = this.current.replay.result();
    if (result) this.done.push(result);
    this.current = undefined;
  }
}
