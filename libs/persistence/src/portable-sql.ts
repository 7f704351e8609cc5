import type { EntityManager } from 'typeorm';

/**
 * Runs SQL written with PostgreSQL's numbered placeholders (`$1`, `$2`, … each usable more than
 * once) on either database: on SQLite each becomes `?` with its value repeated in order. For the
 * write path's few hot statements, where TypeORM's query building costs more than the query.
 */
export function portableQuery<T>(
  manager: EntityManager,
  sql: string,
  parameters: readonly unknown[],
): Promise<T> {
  if (manager.connection.options.type === 'postgres') {
    return manager.query<T>(sql, [...parameters]);
  }
  const ordered: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_match, n: string) => {
    ordered.push(parameters[Number(n) - 1]);
    return '?';
  });
  return manager.query<T>(text, ordered);
}
