import { IsNull } from 'typeorm';
import type { Clock } from '@app/core';
import type { Database } from '@app/persistence';
import type { Notification } from './notification.js';
import {
  claimDue,
  markSent,
  releaseClaims,
  reschedule,
  type ClaimedMessage,
} from './outbox-claims.js';
import { OutboxEntity } from './outbox.entity.js';
import { retryDelayMs, type RetryPace } from './retry-backoff.js';
import type { NotificationSink } from './sinks/notification-sink.js';

export interface DispatcherOptions extends RetryPace {
  /** How long a claimed message stays with this instance (a dead instance's messages come back). */
  readonly leaseMs: number;
  /** How often pending messages are looked for, besides right after each commit. */
  readonly pollMs: number;
  readonly batchSize: number;
  /** The longest one send may take (the webhook's timeout); capped at a third of the lease. */
  readonly sendTimeoutMs: number;
}

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  leaseMs: 60_000,
  pollMs: 1_000,
  batchSize: 20,
  retryBaseMs: 1_000,
  maxRetryMs: 300_000,
  sendTimeoutMs: 10_000,
};

const plusMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Delivers the outbox after commit: claims due messages, sends each to the sink, marks it sent
 * (dropping the code from the stored copy) or schedules a retry with exponential backoff.
 * Delivery is at least once: a crash between sending and marking sends the message again.
 *
 * A message is never on the wire from two instances at once: each send is cut off after
 * `sendTimeoutMs`, and a send starts only while the batch's lease has room for it and as much
 * again (for marking it, and for clocks that differ between instances); the rest of the batch is
 * handed back for any instance to claim.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly sendTimeoutMs: number;

  constructor(
    private readonly db: Database,
    private readonly sink: NotificationSink,
    private readonly clock: Clock,
    private readonly options: DispatcherOptions = DEFAULT_DISPATCHER_OPTIONS,
  ) {
    this.sendTimeoutMs = Math.min(options.sendTimeoutMs, Math.floor(options.leaseMs / 3));
  }

  start(): void {
    this.timer = setInterval(() => this.kick(), this.options.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Stops polling and waits for a delivery round in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.again = false;
    await this.running;
  }

  /** Runs a delivery round now, or right after the one in progress. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue()
      .catch(() => undefined)
      .finally(() => {
        this.running = undefined;
        if (this.again && this.timer) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Delivers everything due now, after a round in progress (tests, and a drain on demand). */
  async drain(): Promise<void> {
    do {
      await this.running;
      await this.deliverDue();
    } while (this.running);
  }

  /** One delivery round; resolves when every claimed message was sent or rescheduled. */
  async deliverDue(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      const leaseUntil = plusMs(now, this.options.leaseMs);
      const batch = await claimDue(this.db, now, leaseUntil, this.options.batchSize);
      if (batch.length === 0) return;
      const tried = await this.deliverBatch(batch, leaseUntil);
      // A claim that left no room for even one send (a database slower than a third of the
      // lease) ends the round; the next poll tries again. A short batch, all tried, took all
      // that was due: what commits meanwhile kicks another round.
      if (tried === 0) return;
      if (tried === batch.length && batch.length < this.options.batchSize) return;
    }
  }

  /** Sends while the lease has room for it; hands the rest back. Returns how many it tried. */
  private async deliverBatch(
    batch: readonly ClaimedMessage[],
    leaseUntil: string,
  ): Promise<number> {
    for (const [index, message] of batch.entries()) {
      if (!this.leaseCoversASend(leaseUntil)) {
        const untried = batch.slice(index).map((m) => m.messageId);
        await releaseClaims(this.db, untried, leaseUntil);
        return index;
      }
      await this.deliver(message, leaseUntil);
    }
    return batch.length;
  }

  private leaseCoversASend(leaseUntil: string): boolean {
    return Date.parse(leaseUntil) - Date.parse(this.clock.now()) >= 2 * this.sendTimeoutMs;
  }

  private async deliver(claimed: ClaimedMessage, leaseUntil: string): Promise<void> {
    const { messageId, attempts } = claimed;
    const message = JSON.parse(claimed.payload) as Notification;
    try {
      await this.sink.deliver(message, AbortSignal.timeout(this.sendTimeoutMs));
    } catch {
      const nextAttemptAt = plusMs(this.clock.now(), retryDelayMs(attempts, this.options));
      await reschedule(this.db, messageId, leaseUntil, nextAttemptAt);
      return;
    }
    const { code: _delivered, ...kept } = message;
    await markSent(this.db, messageId, this.clock.now(), JSON.stringify(kept));
  }

  /** Messages not yet delivered (the readiness probe's backlog). */
  backlog(): Promise<number> {
    return this.db.read((m) => m.getRepository(OutboxEntity).countBy({ sentAt: IsNull() }));
  }
}
