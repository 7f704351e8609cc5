import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import { writeCommandLog, type CommandLogEntry } from '@app/event-store';
import { CommandLog } from '../application/ports/customer.store.js';

/** Command-log rows for commands that wrote nothing else (no-ops and rejections). */
@Injectable()
export class TypeOrmCommandLog extends CommandLog {
  constructor(private readonly db: Database) {
    super();
  }

  record(entry: CommandLogEntry): Promise<void> {
    return this.db.transaction((manager) => writeCommandLog(manager, entry));
  }
}
