import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column } from './column.js';

/** Contact verifications (API.md §5.2) and the notification outbox (DESIGN.md "Notifications"). */
export class VerificationsAndOutbox1764100000000 implements MigrationInterface {
  name = 'VerificationsAndOutbox1764100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'verifications',
        columns: [
          column('verification_id', 'varchar', {
            length: '36',
            isPrimary: true,
            primaryKeyConstraintName: 'pk_verifications',
          }),
          column('customer_id', 'varchar', { length: '36' }),
          column('flow', 'varchar', { length: '32' }),
          column('attribute', 'varchar', { length: '10' }),
          column('value', 'varchar', { length: '320' }),
          column('value_key', 'varchar', { length: '330' }),
          column('code_hash', 'varchar', { length: '64' }),
          column('status', 'varchar', { length: '12' }),
          column('attempts_remaining', 'integer'),
          column('expires_at', 'varchar', { length: '30' }),
          column('created_at', 'varchar', { length: '30' }),
          column('updated_at', 'varchar', { length: '30' }),
        ],
        indices: [
          {
            name: 'idx_verifications_customer_attribute',
            columnNames: ['customer_id', 'attribute', 'status'],
          },
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'outbox',
        columns: [
          column('message_id', 'varchar', {
            length: '36',
            isPrimary: true,
            primaryKeyConstraintName: 'pk_outbox',
          }),
          column('kind', 'varchar', { length: '32' }),
          column('payload', 'text'),
          column('created_at', 'varchar', { length: '30' }),
          column('attempts', 'integer'),
          column('next_attempt_at', 'varchar', { length: '30' }),
          column('claimed_until', 'varchar', { length: '30', isNullable: true }),
          column('sent_at', 'varchar', { length: '30', isNullable: true }),
        ],
        indices: [{ name: 'idx_outbox_due', columnNames: ['sent_at', 'next_attempt_at'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('outbox');
    await runner.dropTable('verifications');
  }
}
