import type Database from 'better-sqlite3';
import type { DataSourceOptions, EntitySchema, MigrationInterface } from 'typeorm';
import type { DatabaseTarget } from './database-url.js';
import { migrations } from './migrations/index.js';

type MigrationClass = new () => MigrationInterface;

export interface DataSourceParts {
  readonly entities: readonly EntitySchema[];
  readonly extraMigrations?: readonly MigrationClass[];
}

/**
 * SQLite: WAL so readers never block the writer, and synchronous=FULL so that a committed
 * transaction (and so a 2xx answer) is on disk, as it is on PostgreSQL.
 */
function prepareSqlite(db: Database.Database): void {
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

/** TypeORM options for the target; the schema always comes from migrations, never `synchronize`. */
export function dataSourceOptions(
  target: DatabaseTarget,
  parts: DataSourceParts,
): DataSourceOptions {
  const common = {
    entities: [...parts.entities],
    migrations: [...migrations, ...(parts.extraMigrations ?? [])],
    synchronize: false,
    logging: false,
  };
  if (target.kind === 'postgres') {
    return { ...common, type: 'postgres', url: target.url, extra: { max: 10 } };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: target.path,
    enableWAL: target.path !== ':memory:',
    prepareDatabase: prepareSqlite,
  };
}
