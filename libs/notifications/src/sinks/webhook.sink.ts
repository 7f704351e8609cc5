import type { Notification } from '../notification.js';
import type { NotificationSink } from './notification-sink.js';

/** Kept well under the outbox lease, so that no other instance takes a message still in flight. */
const TIMEOUT_MS = 10_000;

/** `webhook:<url>`: a POST of the message; anything but a 2xx is a failed delivery, retried. */
export class WebhookSink implements NotificationSink {
  constructor(private readonly url: string) {}

  async deliver(message: Notification): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-message-id': message.messageId },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // Drain the body so the connection can be reused.
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}
