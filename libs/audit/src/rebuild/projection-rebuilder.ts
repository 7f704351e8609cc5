import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { systemClock } from '@app/core';
import type { ReplayedCustomer } from '@app/customer';
import {
  CommandRunner,
  EventStore,
  OPS_STREAM,
  OpsCommandRunner,
  type OpsCommand,
} from '@app/event-store';
import { Database } from '@app/persistence';
import { withConsistentRead, type SnapshotRead } from '../export/log-snapshot.js';
import {
  checkedEventOf,
  keyOf,
  nextBatch,
  VERIFY_BATCH,
  type RowKey,
} from '../verify/verified-rows.js';
import { liveReadModel, readModelDifferences } from './read-model-diff.js';
import {
  deleteOrphans,
  lockReadModel,
  orphanDifferences,
  replaceReadModel,
} from './read-model-repair.js';
import { RebuildTally, type RebuildReport } from './rebuild-report.js';
import { ReleasedClaims } from './released-claims.js';
import { StreamReplays } from './stream-replays.js';

/** Who asks for a repair, through which request (the CLI names its operator). */
export type RebuildRequester = Omit<OpsCommand, 'commandName'>;

/**
 * Replays every customer stream into a fresh read model, claims included, and compares it with
 * the live one (DESIGN.md "Reads": any difference is a bug). Streams are read in batches and
 * replayed one at a time, so memory stays bounded at millions of events.
 */
@Injectable()
export class ProjectionRebuilder {
  constructor(
    private readonly db: Database,
    private readonly runner: CommandRunner,
    private readonly eventStore: EventStore,
  ) {}

  /** Reports every difference and changes nothing; one consistent read of the database. */
  async compare(): Promise<RebuildReport> {
    const tally = await withConsistentRead(this.db, (read) => this.replay(read));
    return tally.report(false);
  }

  /**
   * Replaces the live read model where it differs, in one transaction that holds its writers
   * off, audited as the operations command RebuildReadModel (event ReadModelRebuilt on `ops`).
   */
  repair(requester: RebuildRequester): Promise<RebuildReport> {
    const ops = new OpsCommandRunner(this.runner, this.eventStore, systemClock);
    return ops.run({ ...requester, commandName: 'RebuildReadModel' }, async (tx) => {
      await lockReadModel(this.db, tx);
      const tally = await this.replay((step) => step(tx), tx);
      const report = tally.report(true);
      const data = { customers: report.customers, events: report.events, differences: tally.found };
      return {
        result: report,
        events: tally.found > 0 ? [{ type: 'ReadModelRebuilt', data }] : [],
      };
    });
  }

  private async replay(read: SnapshotRead, repairIn?: EntityManager): Promise<RebuildTally> {
    const tally = new RebuildTally();
    const replays = new StreamReplays();
    const released = await read((m) => ReleasedClaims.read(m));
    let after: RowKey | undefined;
    do {
      const rows = await read((m) => nextBatch(m, after, { except: OPS_STREAM }));
      for (const row of rows) replays.take(checkedEventOf(row));
      tally.events += rows.length;
      const atEnd = rows.length < VERIFY_BATCH;
      const finished = replays.takeFinished(atEnd).map((r) => released.dropFrom(r));
      await this.compareBatch(read, finished, tally, repairIn);
      after = atEnd ? undefined : keyOf(rows.at(-1)!);
    } while (after);
    tally.customers = replays.customers;
    tally.add(replays.broken);
    tally.add(await read((m) => orphanDifferences(m, VERIFY_BATCH)));
    if (repairIn) await deleteOrphans(repairIn);
    return tally;
  }

  private async compareBatch(
    read: SnapshotRead,
    replayed: readonly ReplayedCustomer[],
    tally: RebuildTally,
    repairIn?: EntityManager,
  ): Promise<void> {
    if (replayed.length === 0) return;
    const live = await read((m) =>
      liveReadModel(
        m,
        replayed.map((r) => r.row.customerId),
      ),
    );
    const differences = readModelDifferences(replayed, live);
    tally.add(differences);
    if (!repairIn) return;
    const differing = new Set(differences.map((d) => d.customerId));
    for (const customer of replayed) {
      if (differing.has(customer.row.customerId)) await replaceReadModel(repairIn, customer);
    }
  }
}
