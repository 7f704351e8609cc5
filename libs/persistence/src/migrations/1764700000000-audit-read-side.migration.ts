import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './column.js';

/** Columns copied out of `events.metadata`, so that the audit filters can use plain indexes. */
const EVENT_COLUMNS = [
  { name: 'command_id', type: 'varchar(36)', sqlite: '$.commandId', pg: '{commandId}' },
  { name: 'client_id', type: 'varchar(100)', sqlite: '$.actor.clientId', pg: '{actor,clientId}' },
  { name: 'command_name', type: 'varchar(64)', sqlite: '$.commandName', pg: '{commandName}' },
  { name: 'source', type: 'varchar(16)', sqlite: '$.source', pg: '{source}' },
] as const;

/**
 * Every audit filter pages on `position` (events) or on `(received_at, command_id)` (command
 * log), so each index is the filter's column followed by the paging key: a first page, or the
 * page after a cursor, is one index range read, however long the log.
 */
const INDEXES = [
  ['idx_events_type_position', 'events', 'type, position'],
  // A type within a time window: the window's events of that type, sorted by position.
  ['idx_events_type_occurred', 'events', 'type, occurred_at, position'],
  ['idx_events_occurred_at_position', 'events', 'occurred_at, position'],
  ['idx_events_client_position', 'events', 'client_id, position'],
  ['idx_events_command_name_position', 'events', 'command_name, position'],
  ['idx_events_source_position', 'events', 'source, position'],
  ['idx_events_command_id', 'events', 'command_id'],
  ['idx_command_log_received', 'command_log', 'received_at, command_id'],
  ['idx_command_log_customer_received', 'command_log', 'customer_id, received_at, command_id'],
  ['idx_command_log_client_received', 'command_log', 'actor_client_id, received_at, command_id'],
  ['idx_command_log_name_received', 'command_log', 'command_name, received_at, command_id'],
  ['idx_command_log_source_received', 'command_log', 'source, received_at, command_id'],
  ['idx_command_log_outcome_received', 'command_log', 'outcome, received_at, command_id'],
  ['idx_command_log_request', 'command_log', 'request_id, received_at'],
] as const;

/** The initial indexes that the ones above replace (each is a prefix of a new one). */
const REPLACED = [
  ['idx_events_type', 'events', 'type'],
  ['idx_events_occurred_at', 'events', 'occurred_at'],
  ['idx_command_log_received_at', 'command_log', 'received_at'],
  ['idx_command_log_customer', 'command_log', 'customer_id'],
] as const;

/** The audit read side (issue 9): derived metadata columns, backfilled, and the filters' indexes. */
export class AuditReadSide1764700000000 implements MigrationInterface {
  name = 'AuditReadSide1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    const pg = isPostgres(runner);
    for (const column of EVENT_COLUMNS) {
      await runner.query(`ALTER TABLE events ADD COLUMN ${column.name} ${column.type}`);
    }
    // Plain ADD COLUMN on both databases: TypeORM's addColumn rebuilds the whole table on SQLite.
    const assignments = EVENT_COLUMNS.map((column) =>
      pg
        ? `${column.name} = metadata::jsonb #>> '${column.pg}'`
        : `${column.name} = json_extract(metadata, '${column.sqlite}')`,
    );
    await runner.query(`UPDATE events SET ${assignments.join(', ')}`);
    for (const [name] of REPLACED) await runner.query(`DROP INDEX ${name}`);
    for (const [name, table, columns] of INDEXES) {
      await runner.query(`CREATE INDEX ${name} ON ${table} (${columns})`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await runner.query(`DROP INDEX ${name}`);
    for (const [name, table, columns] of REPLACED) {
      await runner.query(`CREATE INDEX ${name} ON ${table} (${columns})`);
    }
    for (const column of [...EVENT_COLUMNS].reverse()) {
      await runner.query(`ALTER TABLE events DROP COLUMN ${column.name}`);
    }
  }
}
