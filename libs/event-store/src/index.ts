export * from './stored-event.js';
export * from './event-hash.js';
export * from './event-seal.js';
export * from './event-columns.js';
export * from './chain-checker.js';
export * from './chain-verifier.js';
export * from './event.entity.js';
export * from './event-row.mapper.js';
export * from './event-store.js';
export * from './command-log/command-log-entry.js';
export * from './command-log/command-log.entity.js';
export * from './command-log/command-event-type.entity.js';
export * from './command-log/command-log-writer.js';
export * from './command-runner/command-metadata.js';
export * from './command-runner/concurrent-write.error.js';
export * from './command-runner/stream-transactions.js';
export * from './command-runner/command-log.js';
export * from './command-runner/retry-policy.js';
export * from './command-runner/command-runner.js';
export * from './command-runner/command-participant.js';
export * from './command-runner/ops-command-runner.js';

import { CommandEventTypeEntity } from './command-log/command-event-type.entity.js';
import { CommandLogEntity } from './command-log/command-log.entity.js';
import { EventEntity } from './event.entity.js';
/** The audit tables' schemas, for the DataSource. */
export const AUDIT_ENTITIES = [EventEntity, CommandLogEntity, CommandEventTypeEntity];
