import type { EntityManager } from 'typeorm';
import type { ReplayedCustomer } from '@app/customer';
import { EventEntity, OPS_STREAM } from '@app/event-store';

interface ContactReleasedData {
  readonly kind: string;
  readonly value: string;
  readonly customerId: string;
  readonly releasedAt: string;
}

/**
 * The operators' releases (API.md §7), from the `ops` stream: for each contact key and former
 * holder, when it was last released. A customer's stream does not record them, so its replay
 * still holds the released value as `removed`; the rebuild drops it with these.
 */
export class ReleasedClaims {
  private constructor(private readonly lastReleaseOf: ReadonlyMap<string, string>) {}

  static async read(manager: EntityManager): Promise<ReleasedClaims> {
    const rows = await manager.getRepository(EventEntity).find({
      select: { data: true },
      where: { streamId: OPS_STREAM, type: 'ContactReleased' },
      order: { version: 'ASC' },
    });
    const last = new Map<string, string>();
    for (const row of rows) {
      const { kind, value, customerId, releasedAt } = JSON.parse(row.data) as ContactReleasedData;
      const key = `${kind}:${value} ${customerId}`;
      if ((last.get(key) ?? '') < releasedAt) last.set(key, releasedAt);
    }
    return new ReleasedClaims(last);
  }

  /** The replay without the removed claims an operator released after they were removed. */
  dropFrom(replayed: ReplayedCustomer): ReplayedCustomer {
    const claims = replayed.claims.filter((claim) => {
      if (claim.status !== 'removed' || !claim.removedAt) return true;
      const releasedAt = this.lastReleaseOf.get(`${claim.contactKey} ${claim.customerId}`);
      return releasedAt === undefined || releasedAt < claim.removedAt;
    });
    return { ...replayed, claims };
  }
}
