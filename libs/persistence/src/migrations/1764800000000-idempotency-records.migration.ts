import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from './column.js';

/** One record per (client, Idempotency-Key), kept 24 h (API.md §0). */
export class IdempotencyRecords1764800000000 implements MigrationInterface {
  name = 'IdempotencyRecords1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'idempotency_records',
        columns: [
          column('client_id', 'varchar', { length: '100', isPrimary: true }),
          column('idempotency_key', 'varchar', { length: '255', isPrimary: true }),
          column('fingerprint', 'varchar', { length: '64' }),
          column('state', 'varchar', { length: '12' }),
          column('response_status', 'integer', { isNullable: true }),
          column('response', 'text', { isNullable: true }),
          column('created_at', 'varchar', { length: '30' }),
          column('expires_at', 'varchar', { length: '30' }),
        ],
        indices: [{ name: 'idx_idempotency_expires_at', columnNames: ['expires_at'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('idempotency_records');
  }
}
