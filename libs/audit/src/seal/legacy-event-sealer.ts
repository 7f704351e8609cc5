import type { EntityManager } from 'typeorm';
import { systemClock } from '@app/core';
import {
  CommandRunner,
  EventEntity,
  EventSealer,
  EventStore,
  OpsCommandRunner,
} from '@app/event-store';
import { Database } from '@app/persistence';
import type { RebuildRequester } from '../rebuild/projection-rebuilder.js';
import type { AuditFailure } from '../verify/verification-report.js';
import { LogVerifier } from '../verify/log-verifier.js';

/** What `audit:seal-legacy` did. */
export interface LegacySealReport {
  /** What the log fails besides missing seals: when there is any, nothing was sealed. */
  readonly failures: readonly AuditFailure[];
  readonly truncated: boolean;
  readonly sealed: number;
  /**
   * Unsealed events written after the first sealed one: the server seals every event it writes,
   * so these were not written by it. They are left for `audit:verify` to report.
   */
  readonly leftUnsealed: number;
}

const SEAL_BATCH = 1000;

/**
 * Seals the events written before the server sealed its rows (a log that predates migration
 * 1765000000000), so that `audit:verify` can hold every event to its seal. It vouches for those
 * rows, so it seals only when the whole log verifies but for missing seals, and only events
 * before the first sealed one. Batches of rows (SEAL_BATCH by default) commit one after another (a server
 * may keep writing); a rerun seals what an interrupted run left. Audited as the operations
 * command SealLegacyEvents, with a LegacyEventsSealed event on `ops` when it sealed any.
 */
export class LegacyEventSealer {
  constructor(
    private readonly db: Database,
    private readonly sealer: EventSealer,
    private readonly runner: CommandRunner,
    private readonly eventStore: EventStore,
    private readonly batchSize = SEAL_BATCH,
  ) {}

  async seal(requester: RebuildRequester): Promise<LegacySealReport> {
    const check = await new LogVerifier(this.db, this.sealer).verify(undefined, {
      unsealedAllowed: true,
    });
    const { failures, truncated } = check;
    if (!check.valid) return { failures, truncated, sealed: 0, leftUnsealed: 0 };
    const before = await this.db.read(firstSealedPosition);
    let sealed = 0;
    let through: number | undefined;
    for (let more = true; more;) {
      const after = through ?? 0;
      const batch = await this.db.transaction((m) => this.sealBatch(m, after, before));
      sealed += batch.sealed;
      through = batch.last ?? through;
      more = batch.more;
    }
    const leftUnsealed =
      before === undefined ? 0 : await this.db.read((m) => unsealedAfter(m, before));
    const report = { failures: [], truncated: false, sealed, leftUnsealed };
    const ops = new OpsCommandRunner(this.runner, this.eventStore, systemClock);
    const data = { events: sealed, throughPosition: through };
    return ops.run({ ...requester, commandName: 'SealLegacyEvents' }, () =>
      Promise.resolve({
        result: report,
        events: sealed > 0 ? [{ type: 'LegacyEventsSealed', data }] : [],
      }),
    );
  }

  /** Seals the next unsealed rows after `after` (and before `before`): the last one read, if any. */
  private async sealBatch(
    m: EntityManager,
    after: number,
    before: number | undefined,
  ): Promise<{ sealed: number; last?: number; more: boolean }> {
    const query = unsealed(m).andWhere('e.position > :after', { after });
    if (before !== undefined) query.andWhere('e.position < :before', { before });
    const rows = await query
      .select('e.position', 'position')
      .addSelect('e.hash', 'hash')
      .orderBy('e.position', 'ASC')
      .limit(this.batchSize)
      .getRawMany<{ position: number | string; hash: string }>();
    let sealed = 0;
    for (const row of rows) {
      const result = await m
        .createQueryBuilder()
        .update(EventEntity)
        .set({ seal: this.sealer.seal(row.hash) })
        .where('position = :position AND seal IS NULL', { position: row.position })
        .execute();
      sealed += result.affected ?? 0;
    }
    const last = rows.at(-1);
    const more = rows.length === this.batchSize;
    return last ? { sealed, last: Number(last.position), more } : { sealed, more };
  }
}

const unsealed = (m: EntityManager) =>
  m.getRepository(EventEntity).createQueryBuilder('e').where('e.seal IS NULL');

/** Where the server began sealing: the first sealed row's position (none on a log of old rows). */
async function firstSealedPosition(m: EntityManager): Promise<number | undefined> {
  const row = await m
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .select('MIN(e.position)', 'first')
    .where('e.seal IS NOT NULL')
    .getRawOne<{ first: number | string | null }>();
  return row?.first === null || row?.first === undefined ? undefined : Number(row.first);
}

async function unsealedAfter(m: EntityManager, position: number): Promise<number> {
  return unsealed(m).andWhere('e.position > :position', { position }).getCount();
}
