import type { DataSource, EntityManager } from 'typeorm';
import { GroupCommitQueue } from './group-commit.js';

/** The open transaction a unit of work runs in; only infrastructure looks inside it. */
export type Transaction = EntityManager;

/** Work that runs on one EntityManager: inside a transaction, or a plain read. */
export type Work<T> = (manager: EntityManager) => Promise<T>;

/**
 * Advisory-lock namespace of stream locks. The two-key form keeps them apart from the one-key
 * migration lock (PostgreSQL's one-key and two-key lock spaces do not overlap).
 */
const STREAM_LOCK_SPACE = 1;

/**
 * The single gate to the database. On SQLite every statement shares one better-sqlite3
 * connection, so two transactions overlapping across an `await` would interleave on it and
 * lose writes: there, all work (reads included) runs one unit at a time through a queue, and
 * the units queued together share one commit (GroupCommitQueue). PostgreSQL has a pool and real
 * isolation, so work runs concurrently and the constraints decide races.
 */
export class Database {
  private readonly queue: GroupCommitQueue | undefined;

  constructor(readonly dataSource: DataSource) {
    if (dataSource.options.type === 'better-sqlite3') this.queue = new GroupCommitQueue(dataSource);
  }

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /** Runs `work` in one transaction; it commits when `work` resolves and rolls back when it throws. */
  transaction<T>(work: Work<T>): Promise<T> {
    return this.queue ? this.queue.run(true, work) : this.dataSource.transaction(work);
  }

  /**
   * Holds the stream's lock until `manager`'s transaction ends, so that writers of one stream run
   * one after another, across every instance on the database. On PostgreSQL a transaction-scoped
   * advisory lock (ids hash to 32 bits: a collision only serialises two unrelated streams); on
   * SQLite the queue already runs one transaction at a time.
   */
  async lockStream(manager: Transaction, streamId: string): Promise<void> {
    if (!this.isPostgres) return;
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      STREAM_LOCK_SPACE,
      streamId,
    ]);
  }

  /**
   * Runs one statement that commits on its own: on PostgreSQL without BEGIN and COMMIT around it
   * (one round trip instead of three), on SQLite in the queue's shared commit. Only for `work`
   * that issues a single statement: anything more needs `transaction`.
   */
  statement<T>(work: Work<T>): Promise<T> {
    return this.queue ? this.queue.run(true, work) : work(this.dataSource.manager);
  }

  /** Runs reads outside a transaction. */
  read<T>(work: Work<T>): Promise<T> {
    return this.queue ? this.queue.run(false, work) : work(this.dataSource.manager);
  }
}
