import type { Transaction } from '@app/persistence';
import type { CommandLogEntry } from '../command-log/command-log-entry.js';
import { writeCommandLog } from '../command-log/command-log-writer.js';

/** Where the command log (API.md §8) is written: inside the command's transaction. */
export abstract class CommandLog {
  abstract write(tx: Transaction, entry: CommandLogEntry): Promise<void>;
}

export class TypeOrmCommandLog extends CommandLog {
  write(tx: Transaction, entry: CommandLogEntry): Promise<void> {
    return writeCommandLog(tx, entry);
  }
}
