import { createHash } from 'node:crypto';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { Pool, PoolClient, QueryResult } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** What a statement answered: the rows it returned (a SELECT, a RETURNING) and how many it changed. */
export interface StatementResult<T> {
  readonly rows: T[];
  readonly affected: number;
}

/**
 * Runs SQL written with PostgreSQL's numbered placeholders (`$1`, `$2`, … each usable more than
 * once) on either database, for the write path's hot statements, where TypeORM's query building
 * costs more than the query. On PostgreSQL each is a named prepared statement: a connection
 * parses and plans it once, and then sends only the values. On SQLite each placeholder becomes
 * `?` with its value repeated in order (better-sqlite3 keeps its own statement cache).
 */
export async function runStatement<T>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<StatementResult<T>> {
  if (manager.connection.options.type === 'postgres') {
    return runPrepared<T>(manager, sql, [...parameters]);
  }
  const { text, order } = positional(sql);
  const ordered = order.map((index) => parameters[index]);
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const result = await runner.query(text, ordered, true);
  const rows = (result.records ?? []) as T[];
  return { rows, affected: result.affected ?? rows.length };
}

/** The rows of `runStatement`. */
export async function portableQuery<T>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<T[]> {
  return (await runStatement<T>(manager, sql, parameters)).rows;
}

/** SQLite's form of a statement: `?` placeholders, and which parameter each one takes. */
interface Positional {
  readonly text: string;
  readonly order: readonly number[];
}

const positionals = new Map<string, Positional>();

/** Rewritten once per statement text: the hot statements come back on every command. */
function positional(sql: string): Positional {
  let known = positionals.get(sql);
  if (!known) {
    const order: number[] = [];
    const text = sql.replace(/\$(\d+)/g, (_match, n: string) => {
      order.push(Number(n) - 1);
      return '?';
    });
    known = { text, order };
    positionals.set(sql, known);
  }
  return known;
}

const names = new Map<string, string>();

/** One name per statement text, the same in every process (a connection knows it by name). */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `cct_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * On the transaction's connection when there is one, else on any pooled connection (a statement
 * that commits on its own). Errors come wrapped as TypeORM's are, so that callers read them alike.
 */
async function runPrepared<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<StatementResult<T>> {
  const config = { name: statementName(text), text, values };
  try {
    const result: QueryResult = manager.queryRunner
      ? await ((await manager.queryRunner.connect()) as PoolClient).query(config)
      : await ((manager.connection.driver as PostgresDriver).master as Pool).query(config);
    return { rows: result.rows as T[], affected: result.rowCount ?? 0 };
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
