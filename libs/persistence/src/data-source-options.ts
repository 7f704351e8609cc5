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

/**
 * Connections per instance on PostgreSQL. A write holds its connection for its whole transaction
 * (about eight statements); more connections than the server has cores to run them only queue
 * inside it: on two cores 5 did more than 10, 20 or 30 (docs/decisions.md "Pool size"). Several
 * instances share the server's max_connections (100 by default); an audit export holds one for
 * as long as it streams.
 */
export const DEFAULT_POOL_SIZE = 5;

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
    return {
      ...common,
      type: 'postgres',
      url: target.url,
      extra: { max: target.poolSize ?? DEFAULT_POOL_SIZE },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: target.path,
    enableWAL: target.path !== ':memory:',
    prepareDatabase: prepareSqlite,
  };
}
