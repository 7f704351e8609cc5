import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, isPostgres } from './column.js';

/** Event store, read model, contact claims, API clients and the command log. */
export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    const pg = isPostgres(runner);
    await runner.createTable(
      new Table({
        name: 'events',
        columns: [
          {
            name: 'position',
            type: pg ? 'bigint' : 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
            primaryKeyConstraintName: 'pk_events',
          },
          column('event_id', 'varchar', { length: '36', isUnique: true }),
          column('stream_id', 'varchar', { length: '64' }),
          column('version', 'integer'),
          column('type', 'varchar', { length: '64' }),
          column('data', 'text'),
          column('metadata', 'text'),
          column('occurred_at', 'varchar', { length: '30' }),
          column('prev_hash', 'varchar', { length: '64' }),
          column('hash', 'varchar', { length: '64' }),
        ],
        uniques: [{ name: 'uq_events_stream_version', columnNames: ['stream_id', 'version'] }],
      }),
    );
    await runner.createIndex(
      'events',
      new TableIndex({ name: 'idx_events_occurred_at', columnNames: ['occurred_at'] }),
    );
    await runner.createIndex(
      'events',
      new TableIndex({ name: 'idx_events_type', columnNames: ['type'] }),
    );

    await runner.createTable(
      new Table({
        name: 'customers',
        columns: [
          column('customer_id', 'varchar', {
            length: '36',
            isPrimary: true,
            primaryKeyConstraintName: 'pk_customers',
          }),
          column('customer_type', 'varchar', { length: '16' }),
          column('reference', 'varchar', { length: '100', isNullable: true }),
          column('version', 'integer'),
          column('state', 'text'),
          column('created_at', 'varchar', { length: '30' }),
          column('updated_at', 'varchar', { length: '30' }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'contact_claims',
        columns: [
          column('contact_key', 'varchar', {
            length: '320',
            isPrimary: true,
            primaryKeyConstraintName: 'pk_contact_claims',
          }),
          column('kind', 'varchar', { length: '10' }),
          column('value', 'varchar', { length: '320' }),
          column('customer_id', 'varchar', { length: '36' }),
          column('status', 'varchar', { length: '10' }),
          column('claimed_at', 'varchar', { length: '30' }),
          column('removed_at', 'varchar', { length: '30', isNullable: true }),
        ],
        indices: [
          { name: 'idx_contact_claims_status_customer', columnNames: ['status', 'customer_id'] },
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'api_clients',
        columns: [
          column('client_id', 'varchar', {
            length: '100',
            isPrimary: true,
            primaryKeyConstraintName: 'pk_api_clients',
          }),
          column('secret_hash', 'varchar', { length: '255' }),
          column('scopes', 'text'),
          column('disabled', 'boolean', { default: false }),
          column('created_at', 'varchar', { length: '30' }),
          column('disabled_at', 'varchar', { length: '30', isNullable: true }),
        ],
      }),
    );

    await runner.createTable(
      new Table({
        name: 'command_log',
        columns: [
          column('command_id', 'varchar', {
            length: '36',
            isPrimary: true,
            primaryKeyConstraintName: 'pk_command_log',
          }),
          column('command_name', 'varchar', { length: '64' }),
          column('source', 'varchar', { length: '16' }),
          column('actor_client_id', 'varchar', { length: '100', isNullable: true }),
          column('customer_id', 'varchar', { length: '36', isNullable: true }),
          column('outcome', 'varchar', { length: '10' }),
          column('error_code', 'varchar', { length: '64', isNullable: true }),
          column('request_id', 'varchar', { length: '128' }),
          column('received_at', 'varchar', { length: '30' }),
          column('duration_ms', 'integer'),
        ],
        indices: [
          { name: 'idx_command_log_received_at', columnNames: ['received_at'] },
          { name: 'idx_command_log_customer', columnNames: ['customer_id'] },
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['command_log', 'api_clients', 'contact_claims', 'customers', 'events']) {
      await runner.dropTable(table);
    }
  }
}
