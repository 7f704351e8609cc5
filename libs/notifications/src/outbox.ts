import { randomUUID } from 'node:crypto';
import type { Clock } from '@app/core';
import type { Transaction } from '@app/persistence';
import type { NewNotification, Notification } from './notification.js';
import { OutboxEntity } from './outbox.entity.js';

/**
 * Messages to send once the command that wrote them commits (DESIGN.md "Notifications"). They
 * are written in the command's transaction, so a rollback sends nothing and a crash after the
 * commit loses nothing.
 */
export abstract class Outbox {
  abstract add(tx: Transaction, messages: readonly NewNotification[]): Promise<void>;
}

export class TypeOrmOutbox extends Outbox {
  private written = false;

  constructor(private readonly clock: Clock) {
    super();
  }

  /**
   * Whether messages were written since the last call: the dispatcher is kicked after a commit
   * only then (most commands write none). A message whose commit lands after another command's
   * kick is still sent by the next poll.
   */
  takeWritten(): boolean {
    const written = this.written;
    this.written = false;
    return written;
  }

  async add(tx: Transaction, messages: readonly NewNotification[]): Promise<void> {
    if (messages.length === 0) return;
    const createdAt = this.clock.now();
    const rows = messages.map((message) => {
      const notification: Notification = { messageId: randomUUID(), ...message, createdAt };
      return {
        messageId: notification.messageId,
        kind: message.kind,
        payload: JSON.stringify(notification),
        createdAt,
        attempts: 0,
        nextAttemptAt: createdAt,
        claimedUntil: null,
        sentAt: null,
      };
    });
    await tx.getRepository(OutboxEntity).insert(rows);
    this.written = true;
  }
}
