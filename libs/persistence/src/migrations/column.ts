import type { QueryRunner, TableColumnOptions } from 'typeorm';

/** A column definition that reads as one line in a migration. */
export function column(
  name: string,
  type: string,
  options: Partial<TableColumnOptions> = {},
): TableColumnOptions {
  return { name, type, isNullable: false, ...options };
}

export function isPostgres(runner: QueryRunner): boolean {
  return runner.connection.options.type === 'postgres';
}
