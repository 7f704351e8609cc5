import type { Notification } from '../notification.js';

/**
 * Where notifications go (`NOTIFICATION_SINK`, API.md §10). A failed delivery throws. A sink stops
 * when `signal` aborts (the dispatcher's send timeout, which keeps a send inside its lease).
 */
export interface NotificationSink {
  deliver(message: Notification, signal: AbortSignal): Promise<void>;
}
