import { LessThan } from 'typeorm';
import type { Clock } from '@app/core';
import { Database, uniqueViolationTable, type Transaction } from '@app/persistence';
import { IdempotencyRecordEntity, type IdempotencyRecordRow } from './idempotency-record.entity.js';
import type { ResponseSealer } from './response-sealer.js';
import type { StoredResponse } from './stored-response.js';

/** What a request under a key may do. */
export type KeyVerdict =
  | { readonly kind: 'begun' }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'in-progress' }
  | { readonly kind: 'reused' };

export interface IdempotencyTimes {
  /** How long a key's record is kept (API.md §0: 24 h). */
  readonly keepMs: number;
  /** A first request still `in_progress` after this long died before its commit: start over. */
  readonly abandonedAfterMs: number;
}

const at = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/**
 * The records behind Idempotency-Key. The primary key (client, key) decides between concurrent
 * first requests, on every instance: one inserts the `in_progress` record, the others find it.
 */
export class IdempotencyStore {
  constructor(
    private readonly db: Database,
    private readonly sealer: ResponseSealer,
    private readonly clock: Clock,
    private readonly times: IdempotencyTimes,
  ) {}

  async begin(clientId: string, key: string, fingerprint: string): Promise<KeyVerdict> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = this.clock.now();
      const existing = await this.db.read((m) =>
        m.getRepository(IdempotencyRecordEntity).findOneBy({ clientId, idempotencyKey: key }),
      );
      const verdict = existing ? this.verdictOn(existing, fingerprint, now) : undefined;
      if (verdict) return verdict;
      if (await this.claim(clientId, key, fingerprint, now, existing)) return { kind: 'begun' };
    }
    return { kind: 'in-progress' };
  }

  /** Records the answer of the key's first request, in `tx` (the command's) or on its own. */
  async complete(
    clientId: string,
    key: string,
    response: StoredResponse,
    tx?: Transaction,
  ): Promise<void> {
    const write = (manager: Transaction) =>
      manager.getRepository(IdempotencyRecordEntity).update(
        { clientId, idempotencyKey: key, state: 'in_progress' },
        {
          state: 'completed',
          responseStatus: response.status,
          response: this.sealer.seal(response),
        },
      );
    await (tx ? write(tx) : this.db.transaction(write));
  }

  /** Forgets a first request whose answer is not kept (a validation failure, a 5xx). */
  async abandon(clientId: string, key: string): Promise<void> {
    await this.db.transaction((tx) =>
      tx
        .getRepository(IdempotencyRecordEntity)
        .delete({ clientId, idempotencyKey: key, state: 'in_progress' }),
    );
  }

  /** Deletes the records older than their 24 h. */
  async purgeExpired(): Promise<number> {
    const now = this.clock.now();
    const result = await this.db.transaction((tx) =>
      tx.getRepository(IdempotencyRecordEntity).delete({ expiresAt: LessThan(now) }),
    );
    return result.affected ?? 0;
  }

  private verdictOn(
    row: IdempotencyRecordRow,
    fingerprint: string,
    now: string,
  ): KeyVerdict | undefined {
    const live = row.expiresAt > now;
    const stillRunning =
      row.state === 'in_progress' && at(row.createdAt, this.times.abandonedAfterMs) > now;
    if (!live || (row.state === 'in_progress' && !stillRunning)) return undefined;
    if (row.fingerprint !== fingerprint) return { kind: 'reused' };
    if (row.state === 'completed' && row.response) {
      return { kind: 'replay', response: this.sealer.open(row.response) };
    }
    return { kind: 'in-progress' };
  }

  /** Inserts the `in_progress` record (over an expired or abandoned one); false when another won. */
  private async claim(
    clientId: string,
    key: string,
    fingerprint: string,
    now: string,
    stale: IdempotencyRecordRow | null,
  ): Promise<boolean> {
    try {
      await this.db.transaction(async (tx) => {
        const records = tx.getRepository(IdempotencyRecordEntity);
        if (stale)
          await records.delete({ clientId, idempotencyKey: key, createdAt: stale.createdAt });
        await records.insert({
          clientId,
          idempotencyKey: key,
          fingerprint,
          state: 'in_progress',
          responseStatus: null,
          response: null,
          createdAt: now,
          expiresAt: at(now, this.times.keepMs),
        });
      });
      return true;
    } catch (error) {
      if (uniqueViolationTable(error) === 'idempotency_records') return false;
      throw error;
    }
  }
}
