import type { Notification } from '../notification.js';
import type { NotificationSink } from './notification-sink.js';

/**
 * `webhook:<url>`: a POST of the message; anything but a 2xx is a failed delivery, retried. The
 * request is cut off when `signal` aborts, so a slow receiver cannot hold a message past its lease.
 */
export class WebhookSink implements NotificationSink {
  constructor(private readonly url: string) {}

  async deliver(message: Notification, signal: AbortSignal): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-message-id': message.messageId },
      body: JSON.stringify(message),
      signal,
    });
    // Drain the body so the connection can be reused.
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}
