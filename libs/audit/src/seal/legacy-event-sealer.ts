import type { EntityManager } from 'typeorm';
import { systemClock } from '@app/core';
import {
  CommandRunner,
  EventEntity,
  EventSealer,
  EventStore,
  OPS_STREAM,
  OpsCommandRunner,
  type OpsCommand,
} from '@app/event-store';
import { Database } from '@app/persistence';
import type { AuditFailure } from '../verify/verification-report.js';
import { LogVerifier } from '../verify/log-verifier.js';

/** What `audit:seal-legacy` did. */
export interface LegacySealReport {
  /** What the log fails besides missing seals: when there is any, nothing was sealed. */
  readonly failures: readonly AuditFailure[];
  readonly truncated: boolean;
  /**
   * No event carries a seal yet, so nothing shows that this key is the server's: nothing was
   * sealed (the server seals every event it writes; once it has written one, run it again).
   */
  readonly keyUnproven: boolean;
  readonly sealed: number;
  /**
   * Unsealed events after where the server began sealing: it seals every event it writes, so
   * these were not written by it. They are left for `audit:verify` to report.
   */
  readonly leftUnsealed: number;
}

const SEAL_BATCH = 1000;
const SEALED = 'LegacyEventsSealed';

/**
 * Seals the events written before the server sealed its rows (a log that predates migration
 * 1765000000000), so that `audit:verify` can hold every event to its seal. It vouches for those
 * rows, so it seals only when the whole log verifies but for missing seals (the seals rows do
 * carry prove the key), and only events before where the server began sealing. Each batch is
 * one operations command `SealLegacyEvents`, its seals and its LegacyEventsSealed event on `ops`
 * in one transaction: what was sealed is always recorded, and a rerun after an interruption
 * takes the boundary its first batch recorded, and finishes.
 */
export class LegacyEventSealer {
  constructor(
    private readonly db: Database,
    private readonly sealer: EventSealer,
    private readonly runner: CommandRunner,
    private readonly eventStore: EventStore,
    private readonly batchSize = SEAL_BATCH,
  ) {}

  async seal(requester: Omit<OpsCommand, 'commandName'>): Promise<LegacySealReport> {
    const refused = { sealed: 0, leftUnsealed: 0 };
    const check = await new LogVerifier(this.db, this.sealer).verify(undefined, {
      unsealedAllowed: true,
    });
    const { failures, truncated } = check;
    if (!check.valid) return { failures, truncated, keyUnproven: false, ...refused };
    // Read after the log verified: a recorded boundary is then one the server sealed.
    const before =
      (await this.db.read(recordedBoundary)) ?? (await this.db.read(firstSealedPosition));
    if (before === undefined) return { failures, truncated, keyUnproven: true, ...refused };
    const ops = new OpsCommandRunner(this.runner, this.eventStore, systemClock);
    let sealed = 0;
    let after = 0;
    for (let more = true; more;) {
      const from = after;
      const batch = await ops.run({ ...requester, commandName: 'SealLegacyEvents' }, (tx) =>
        this.sealBatch(tx, from, before),
      );
      sealed += batch.sealed;
      after = batch.last ?? after;
      more = batch.more;
    }
    const leftUnsealed = await this.db.read((m) => unsealed(m, before).getCount());
    return { failures, truncated, keyUnproven: false, sealed, leftUnsealed };
  }

  /** Seals the next unsealed rows after `after` and before `before`, and records them. */
  private async sealBatch(m: EntityManager, after: number, before: number) {
    const rows = await unsealed(m)
      .andWhere('e.position > :after AND e.position < :before', { after, before })
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
        .where("position = :position AND (seal IS NULL OR seal = '')", { position: row.position })
        .execute();
      sealed += result.affected ?? 0;
    }
    const [first, last] = [rows.at(0), rows.at(-1)].map((row) => row && Number(row.position));
    const data = { events: sealed, fromPosition: first, throughPosition: last, before };
    return {
      result: { sealed, last, more: rows.length === this.batchSize },
      events: sealed > 0 ? [{ type: SEALED, data }] : [],
    };
  }
}

/** Events without a seal; `after`: only those past that position. */
function unsealed(m: EntityManager, after?: number) {
  const query = m
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .where("(e.seal IS NULL OR e.seal = '')");
  return after === undefined ? query : query.andWhere('e.position > :after', { after });
}

/** The boundary an earlier run recorded with its first batch (sealed, so the server's). */
async function recordedBoundary(m: EntityManager): Promise<number | undefined> {
  const row = await m
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .select('e.data', 'data')
    .where('e.stream_id = :ops AND e.type = :type', { ops: OPS_STREAM, type: SEALED })
    .andWhere("e.seal IS NOT NULL AND e.seal <> ''")
    .orderBy('e.position', 'ASC')
    .limit(1)
    .getRawOne<{ data: string }>();
  if (!row) return undefined;
  const { before } = JSON.parse(row.data) as { before?: unknown };
  return typeof before === 'number' ? before : undefined;
}

/** Where the server began sealing: the first sealed row's position (none on a log of old rows). */
async function firstSealedPosition(m: EntityManager): Promise<number | undefined> {
  const row = await m
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .select('MIN(e.position)', 'first')
    .where("e.seal IS NOT NULL AND e.seal <> ''")
    .getRawOne<{ first: number | string | null }>();
  return row?.first === null || row?.first === undefined ? undefined : Number(row.first);
}
