import { Database, type Transaction } from '@app/persistence';

/**
 * How a command's transaction keeps other writers of its stream out: `stream` takes the stream's
 * own lock before the work runs; `work` leaves it to the work, whose first statement locks the
 * row the stream's writers all write (a customer read FOR UPDATE), a round trip fewer on
 * PostgreSQL. Every writer of one stream must lock it the same way.
 */
export type StreamLock = 'stream' | 'work';

/** Where commands run: one transaction that holds one stream's lock until it ends. */
export abstract class StreamTransactions {
  /** Runs `work` in one transaction holding `streamId`'s lock; commits when it resolves. */
  abstract inStream<T>(
    streamId: string,
    work: (tx: Transaction) => Promise<T>,
    lock?: StreamLock,
  ): Promise<T>;
  /** Runs `work` in a transaction of its own, holding no lock (a rejection's log row). */
  abstract alone<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}

/** StreamTransactions on the real database (see Database.lockStream). */
export class DatabaseStreamTransactions extends StreamTransactions {
  constructor(private readonly db: Database) {
    super();
  }

  inStream<T>(
    streamId: string,
    work: (tx: Transaction) => Promise<T>,
    lock: StreamLock = 'stream',
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      if (lock === 'stream') await this.db.lockStream(tx, streamId);
      return work(tx);
    });
  }

  alone<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
