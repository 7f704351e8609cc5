import { QueryFailedError } from 'typeorm';

interface DriverError {
  code?: string;
  table?: string;
  message?: string;
}

/**
 * The table whose unique or primary key a failed query violated, or undefined when the error is
 * something else. PostgreSQL reports it as `table` (SQLSTATE 23505); better-sqlite3 only in the
 * message ("UNIQUE constraint failed: events.stream_id, events.version").
 */
export function uniqueViolationTable(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driver = (error as QueryFailedError & { driverError?: DriverError }).driverError ?? {};
  if (driver.code === '23505') return driver.table;
  if (
    driver.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    driver.code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  ) {
    return /constraint failed: (\w+)\./.exec(driver.message ?? '')?.[1];
  }
  return undefined;
}
