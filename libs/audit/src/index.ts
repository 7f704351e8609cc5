export * from './filters/audit-filter.js';
export * from './filters/audit-cursor.js';
export * from './events/audit-events.reader.js';
export * from './commands/command-log.reader.js';
export * from './views/audit-event.view.js';
export * from './audit.module.js';
export * from './audit.errors.js';
