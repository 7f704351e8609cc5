import type { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from './column.js';

/**
 * The table rate-limiter-flexible keeps its counters in on PostgreSQL, so every instance on one
 * database shares one budget (its own schema, created here rather than by the library, which
 * would bypass the migrations). SQLite runs one instance, whose counters live in memory.
 */
export class RateLimits1764900000000 implements MigrationInterface {
  name = 'RateLimits1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    if (!isPostgres(runner)) return;
    await runner.query(
      'CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    if (isPostgres(runner)) await runner.query('DROP TABLE rate_limits');
  }
}
