import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the audit filters that had none at a million events (issue 9 follow-up). A list
 * bounded in time pages on `(occurred_at, position)`, so each equality filter gets an index of
 * its column, then `occurred_at, position`; type with client pages on position. The appender of
 * `command_event_types` reads `(command_id, type)`, which replaces the index on `command_id`.
 */
const INDEXES = [
  ['idx_events_client_occurred', 'events', 'client_id, occurred_at, position'],
  ['idx_events_command_name_occurred', 'events', 'command_name, occurred_at, position'],
  ['idx_events_source_occurred', 'events', 'source, occurred_at, position'],
  ['idx_events_type_client_position', 'events', 'type, client_id, position'],
  ['idx_events_command_type', 'events', 'command_id, type'],
] as const;

const REPLACED = [['idx_events_command_id', 'events', 'command_id']] as const;

/** The command log's `type` filter: each accepted command's event types, in arrival order. */
const COMMAND_EVENT_TYPES = `CREATE TABLE command_event_types (
  type varchar(64) NOT NULL,
  received_at varchar(30) NOT NULL,
  command_id varchar(36) NOT NULL,
  CONSTRAINT pk_command_event_types PRIMARY KEY (type, received_at, command_id))`;

const BACKFILL = `INSERT INTO command_event_types (type, received_at, command_id)
  SELECT DISTINCT e.type, c.received_at, c.command_id
  FROM events e JOIN command_log c ON c.command_id = e.command_id
  WHERE c.outcome = 'accepted'`;

/**
 * Each event row's keyed seal (HMAC-SHA-256 of its hash under a key derived from the server
 * secret), written by the appender with the row. Nullable: rows written before this migration
 * have none, and the verifier reports them as `unsealed`. A plain ADD COLUMN on both databases
 * (no table rewrite), the indexes above, and `command_event_types`, filled from the log. On
 * a large PostgreSQL log, build the indexes `CONCURRENTLY` by hand first (CREATE INDEX IF NOT
 * EXISTS then skips them).
 */
export class EventSealsAndFilterIndexes1765000000000 implements MigrationInterface {
  name = 'EventSealsAndFilterIndexes1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE events ADD COLUMN seal varchar(64)');
    for (const [name, table, columns] of INDEXES) {
      await runner.query(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})`);
    }
    for (const [name] of REPLACED) await runner.query(`DROP INDEX ${name}`);
    await runner.query(COMMAND_EVENT_TYPES);
    await runner.query(BACKFILL);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE command_event_types');
    for (const [name, table, columns] of REPLACED) {
      await runner.query(`CREATE INDEX ${name} ON ${table} (${columns})`);
    }
    for (const [name] of INDEXES) await runner.query(`DROP INDEX ${name}`);
    await runner.query('ALTER TABLE events DROP COLUMN seal');
  }
}
