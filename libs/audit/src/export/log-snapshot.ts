import type { EntityManager, QueryRunner } from 'typeorm';
import type { Database } from '@app/persistence';

/** Reads that all see the log as it was when the snapshot was opened. */
export interface LogSnapshot {
  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  /** Ends the snapshot; calling it again is harmless. */
  close(): Promise<void>;
}

/**
 * A long read (an export) sees one moment of the log. On PostgreSQL a REPEATABLE READ
 * transaction on a connection of its own: without it, an event committed late with an earlier
 * position would be skipped by the keyset paging, and its stream would show a hole. On SQLite
 * every read goes through the writers' queue (a long transaction would stop every writer), and
 * positions are handed out in commit order, so a reader that stops at the last position it
 * saw at the start reads exactly one moment too.
 */
export async function openLogSnapshot(db: Database): Promise<LogSnapshot> {
  if (!db.isPostgres) return { read: (work) => db.read(work), close: () => Promise.resolve() };
  const runner = db.dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction('REPEATABLE READ');
  let closing: Promise<void> | undefined;
  // Closed when the export ends and when its stream closes: whichever comes first releases it.
  return { read: (work) => work(runner.manager), close: () => (closing ??= finish(runner)) };
}

async function finish(runner: QueryRunner): Promise<void> {
  try {
    if (runner.isTransactionActive) await runner.commitTransaction();
  } finally {
    await runner.release();
  }
}

/** Reads through one manager; `read(work)` runs `work` on it. */
export type SnapshotRead = <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>;

/**
 * Runs `work` in one transaction that sees one moment of the whole database: REPEATABLE READ
 * on PostgreSQL; on SQLite a transaction of the writers' queue (in another process, such as the
 * CLI, a WAL reader's snapshot that does not hold the server's writer up).
 */
export function withConsistentRead<T>(
  db: Database,
  work: (read: SnapshotRead) => Promise<T>,
): Promise<T> {
  const run = (manager: EntityManager) => work((step) => step(manager));
  return db.isPostgres ? db.dataSource.transaction('REPEATABLE READ', run) : db.transaction(run);
}
