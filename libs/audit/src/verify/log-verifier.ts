import { Injectable } from '@nestjs/common';
import { EventSealer, type EventRow, type StoredEvent } from '@app/event-store';
import { Database } from '@app/persistence';
import {
  acceptedCommands,
  readModelFailures,
  streamlessCustomers,
  unlistedEventTypes,
} from './linked-records.js';
import type { AuditFailure, VerificationReport } from './verification-report.js';
import { VerificationRun } from './verification-run.js';
import {
  checkedEventOf,
  columnsMatch,
  keyOf,
  nextBatch,
  VERIFY_BATCH,
  type RowKey,
} from './verified-rows.js';

/**
 * Verifies the log as stored (API.md §8 `GET /api/audit/verify`): every chain and every row's
 * seal, one stream after another in batches of VERIFY_BATCH events (bounded memory at millions
 * of events; on SQLite the writers' queue moves between batches); every event against its
 * accepted command and its copied columns; every customer stream against its read-model version.
 */
@Injectable()
export class LogVerifier {
  constructor(
    private readonly db: Database,
    private readonly sealer: EventSealer,
  ) {}

  /**
   * The whole log, or one customer's stream. `unsealedAllowed` checks everything but whether
   * each event carries a seal (a seal it carries is still checked): what LegacyEventSealer asks
   * before sealing the events written before seals existed.
   */
  async verify(
    customerId?: string,
    options: { readonly unsealedAllowed?: boolean } = {},
  ): Promise<VerificationReport> {
    const run = new VerificationRun(this.sealer, options.unsealedAllowed);
    let after: RowKey | undefined;
    do {
      const rows = await this.db.read((m) => nextBatch(m, after, { only: customerId }));
      const events = rows.map(checkedEventOf);
      run.check(events);
      run.tally.fail(...(await this.recordFailures(rows, events)));
      const atEnd = rows.length < VERIFY_BATCH;
      const streams = run.takeFinished(atEnd, VERIFY_BATCH);
      if (streams.length > 0)
        run.tally.fail(...(await this.db.read((m) => readModelFailures(m, streams))));
      const last = rows.at(-1);
      after = atEnd || !last ? undefined : keyOf(last);
    } while (after);
    const room = Math.max(run.tally.room, 1);
    run.tally.fail(...(await this.db.read((m) => streamlessCustomers(m, room, customerId))));
    return run.tally.report();
  }

  /**
   * Events whose copied columns disagree with their metadata, whose command is unrecorded, or
   * whose accepted command the command log's type index does not list under their type.
   */
  private async recordFailures(
    rows: readonly EventRow[],
    events: readonly StoredEvent[],
  ): Promise<AuditFailure[]> {
    const commandOf = (event: StoredEvent) => String(event.metadata.commandId ?? '');
    // One turn of the database gate for both lookups of the batch.
    const [accepted, unlisted] = await this.db.read(async (m) => [
      await acceptedCommands(m, [...new Set(events.map(commandOf))]),
      await unlistedEventTypes(
        m,
        events.map((event) => event.position),
      ),
    ]);
    return events.flatMap((event, index): AuditFailure[] => {
      const at = { streamId: event.streamId, version: event.version };
      const failures: AuditFailure[] = [];
      if (!columnsMatch(rows[index]!, event)) failures.push({ ...at, reason: 'columns-mismatch' });
      if (!accepted.has(commandOf(event))) failures.push({ ...at, reason: 'unrecorded-command' });
      else if (unlisted.has(event.position)) failures.push({ ...at, reason: 'unlisted-type' });
      return failures;
    });
  }
}
