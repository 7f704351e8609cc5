import type { Notification } from '../notification.js';

/** Where notifications go (`NOTIFICATION_SINK`, API.md §10). A failed delivery throws. */
export interface NotificationSink {
  deliver(message: Notification): Promise<void>;
}
