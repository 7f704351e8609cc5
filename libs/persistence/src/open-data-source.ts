import { DataSource } from 'typeorm';
import { dataSourceOptions, type DataSourceParts } from './data-source-options.js';
import type { DatabaseTarget } from './database-url.js';

/** Any fixed number: the key of the advisory lock that serialises migrations across instances. */
const MIGRATION_LOCK_KEY = 7_204_315;

/**
 * Opens the database and brings its schema up to date. On PostgreSQL several instances may start
 * at once; an advisory lock lets one migrate while the others wait, then find nothing to do.
 */
export async function openDataSource(
  target: DatabaseTarget,
  parts: DataSourceParts,
): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(target, parts));
  await dataSource.initialize();
  try {
    if (target.kind === 'postgres') await migrateUnderLock(dataSource);
    else await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

async function migrateUnderLock(dataSource: DataSource): Promise<void> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await lockHolder.release();
  }
}

/** True when every known migration has run (for the readiness probe). */
export async function migrationsApplied(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
