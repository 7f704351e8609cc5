export * from './notification.js';
export * from './outbox.entity.js';
export * from './outbox.js';
export * from './outbox-dispatcher.js';
export * from './sinks/notification-sink.js';
export * from './sinks/sink-config.js';

import { OutboxEntity } from './outbox.entity.js';
/** The notification tables' schemas, for the DataSource. */
export const NOTIFICATION_ENTITIES = [OutboxEntity];
export * from './notifications.module.js';
