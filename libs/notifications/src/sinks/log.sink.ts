import type { Logger } from 'pino';
import type { Notification } from '../notification.js';
import type { NotificationSink } from './notification-sink.js';

/**
 * The development default: one log line per message. Codes and contact values never reach a log
 * line, so the line says what was sent, to whom (masked), not the code; use the file sink to read
 * codes in development.
 */
export class LogSink implements NotificationSink {
  constructor(
    private readonly logger: Pick<Logger, 'info'>,
    private readonly mask: (recipient: string) => string,
  ) {}

  deliver(message: Notification): Promise<void> {
    const { messageId, kind, channel, customerId, verificationId } = message;
    this.logger.info(
      {
        notification: {
          messageId,
          kind,
          channel,
          customerId,
          verificationId,
          to: this.mask(message.to),
        },
      },
      'notification sent',
    );
    return Promise.resolve();
  }
}
