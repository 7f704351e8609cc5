import { CommandLog, StreamTransactions, type CommandLogEntry } from '@app/event-store';
import type { Transaction } from '@app/persistence';

/** A stand-in for the open transaction; the in-memory fakes ignore it. */
const NO_TRANSACTION = {} as Transaction;

/**
 * Transactions for handler specs: work runs one command at a time, in order, and the streams
 * each command locked are recorded. Nothing is rolled back: the fakes write only once the work
 * has decided, as the real store does at the end of the transaction.
 */
export class InMemoryTransactions extends StreamTransactions {
  readonly lockedStreams: string[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  inStream<T>(streamId: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.enqueue(() => {
      this.lockedStreams.push(streamId);
      return work(NO_TRANSACTION);
    });
  }

  alone<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.enqueue(() => work(NO_TRANSACTION));
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

/** The command log in memory, for handler and runner specs. */
export class InMemoryCommandLog extends CommandLog {
  readonly entries: CommandLogEntry[] = [];

  write(_tx: Transaction, entry: CommandLogEntry): Promise<void> {
    this.entries.push(entry);
    return Promise.resolve();
  }
}
