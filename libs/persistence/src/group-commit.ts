import type { DataSource, EntityManager } from 'typeorm';

type Work<T> = (manager: EntityManager) => Promise<T>;

interface Job {
  readonly write: boolean;
  readonly work: Work<unknown>;
  readonly settle: (outcome: { ok: true; value: unknown } | { ok: false; error: unknown }) => void;
}

type Outcome = Parameters<Job['settle']>[0];

/** How many units of work may share one commit; a bound on the latency a batch adds. */
const MAX_BATCH = 64;

/**
 * Group commit on SQLite's one connection (issue "Performance"): the work queued while the
 * previous batch ran goes in one transaction, each unit in a savepoint of its own, and is
 * committed with one fsync. A unit that fails rolls back to its savepoint only. Every unit hears
 * its outcome after the shared COMMIT, so nothing is answered before it is on disk; if the
 * COMMIT fails, every unit of the batch fails with it.
 */
export class GroupCommitQueue {
  private readonly pending: Job[] = [];
  private draining = false;

  constructor(private readonly dataSource: DataSource) {}

  run<T>(write: boolean, work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({
        write,
        work,
        settle: (outcome) => {
          if (outcome.ok) return resolve(outcome.value as T);
          // The unit's own failure, passed on as it was thrown (a DomainError, a driver's error).
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
          reject(outcome.error);
        },
      });
      if (this.draining) return;
      this.draining = true;
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      // Requests whose bytes arrived while the last batch ran get to queue their work first.
      await new Promise((resolve) => setImmediate(resolve));
      const batch = this.pending.splice(0, MAX_BATCH);
      const outcomes = batch.some((job) => job.write)
        ? await this.inOneTransaction(batch)
        : await this.outsideTransactions(batch);
      batch.forEach((job, i) => job.settle(outcomes[i]!));
    }
    this.draining = false;
  }

  /** Reads only: no transaction, nothing to commit. */
  private async outsideTransactions(batch: readonly Job[]): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    for (const job of batch) outcomes.push(await attempt(() => job.work(this.dataSource.manager)));
    return outcomes;
  }

  private async inOneTransaction(batch: readonly Job[]): Promise<Outcome[]> {
    const runner = this.dataSource.createQueryRunner();
    await runner.startTransaction();
    const outcomes: Outcome[] = [];
    for (const job of batch) {
      await runner.query('SAVEPOINT unit');
      const outcome = await attempt(() => job.work(runner.manager));
      if (!outcome.ok) await runner.query('ROLLBACK TO unit');
      await runner.query('RELEASE unit');
      outcomes.push(outcome);
    }
    const committed = await attempt(() => runner.commitTransaction());
    if (committed.ok) return outcomes;
    await runner.rollbackTransaction().catch(() => undefined);
    return batch.map(() => committed);
  }
}

async function attempt(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}
