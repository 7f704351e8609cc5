import { IsNull } from 'typeorm';
import type { Clock } from '@app/core';
import type { Database } from '@app/persistence';
import type { Notification } from './notification.js';
import { claimDue } from './outbox-claims.js';
import { OutboxEntity } from './outbox.entity.js';
import type { NotificationSink } from './sinks/notification-sink.js';

export interface DispatcherOptions {
  /** How long a claimed message stays with this instance (a dead instance's messages come back). */
  readonly leaseMs: number;
  /** How often pending messages are looked for, besides right after each commit. */
  readonly pollMs: number;
  readonly batchSize: number;
  /** First retry delay; doubled per attempt up to `maxRetryMs`, with jitter. */
  readonly retryBaseMs: number;
  readonly maxRetryMs: number;
}

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  leaseMs: 60_000,
  pollMs: 1_000,
  batchSize: 20,
  retryBaseMs: 1_000,
  maxRetryMs: 300_000,
};

const plusMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/**
 * Delivers the outbox after commit: claims due messages, sends each to the sink, marks it sent
 * (dropping the code from the stored copy) or schedules a retry with exponential backoff.
 * Delivery is at least once: a crash between sending and marking sends the message again.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: Database,
    private readonly sink: NotificationSink,
    private readonly clock: Clock,
    private readonly options: DispatcherOptions = DEFAULT_DISPATCHER_OPTIONS,
  ) {}

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

  /** Delivers everything due now, waiting for a round in progress (tests, and a drain on demand). */
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
      const batch = await claimDue(
        this.db,
        now,
        plusMs(now, this.options.leaseMs),
        this.options.batchSize,
      );
      if (batch.length === 0) return;
      for (const row of batch) await this.deliver(row.messageId, row.payload, row.attempts);
    }
  }

  private async deliver(messageId: string, payload: string, attempts: number): Promise<void> {
    const message = JSON.parse(payload) as Notification;
    try {
      await this.sink.deliver(message);
    } catch {
      await this.reschedule(messageId, attempts);
      return;
    }
    const { code: _delivered, ...kept } = message;
    await this.db.transaction((tx) =>
      tx
        .getRepository(OutboxEntity)
        .update(
          { messageId },
          { sentAt: this.clock.now(), claimedUntil: null, payload: JSON.stringify(kept) },
        ),
    );
  }

  private async reschedule(messageId: string, attempts: number): Promise<void> {
    const { retryBaseMs, maxRetryMs } = this.options;
    const ceiling = Math.min(maxRetryMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    const nextAttemptAt = plusMs(this.clock.now(), delay);
    await this.db.transaction((tx) =>
      tx.getRepository(OutboxEntity).update({ messageId }, { claimedUntil: null, nextAttemptAt }),
    );
  }

  /** Messages not yet delivered (the readiness probe's backlog). */
  backlog(): Promise<number> {
    return this.db.read((m) => m.getRepository(OutboxEntity).countBy({ sentAt: IsNull() }));
  }
}
