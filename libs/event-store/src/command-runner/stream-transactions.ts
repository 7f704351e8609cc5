import { Database, type Transaction } from '@app/persistence';

/** Where commands run: one transaction that holds one stream's lock until it ends. */
export abstract class StreamTransactions {
  /** Runs `work` in one transaction holding `streamId`'s lock; commits when it resolves. */
  abstract inStream<T>(streamId: string, work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs `work` in a transaction of its own, holding no lock (a rejection's log row). */
  abstract alone<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}

/** StreamTransactions on the real database (see Database.lockStream). */
export class DatabaseStreamTransactions extends StreamTransactions {
  constructor(private readonly db: Database) {
    super();
  }

  inStream<T>(streamId: string, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await this.db.lockStream(tx, streamId);
      return work(tx);
    });
  }

  alone<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
