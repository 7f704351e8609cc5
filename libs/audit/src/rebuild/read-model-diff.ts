import { In, type EntityManager } from 'typeorm';
import {
  ContactClaimEntity,
  CustomerEntity,
  maskDigits,
  maskEmail,
  type ContactClaimRow,
  type CustomerRow,
  type ReplayedCustomer,
} from '@app/customer';
import { jsonDifferences } from './json-differences.js';
import type { ReadModelDifference } from './rebuild-report.js';

const ROW_COLUMNS = ['customerType', 'reference', 'version', 'createdAt', 'updatedAt'] as const;
const CLAIM_COLUMNS = ['kind', 'value', 'customerId', 'status', 'claimedAt', 'removedAt'] as const;

/** A claim named without showing its contact whole (the report is read by operators). */
export function claimSubject(claim: Pick<ContactClaimRow, 'kind' | 'value'>): string {
  const shown = claim.kind === 'email' ? maskEmail(claim.value) : maskDigits(claim.value);
  return `claim ${claim.kind} ${shown}`;
}

/** The live rows and claims of these customers, read in one go for a batch of replays. */
export async function liveReadModel(manager: EntityManager, customerIds: readonly string[]) {
  const ids = [...customerIds];
  const rows = await manager.getRepository(CustomerEntity).findBy({ customerId: In(ids) });
  // Both statuses named, so that the (status, customer_id) index serves the lookup.
  const claims = await manager
    .getRepository(ContactClaimEntity)
    .findBy({ status: In(['active', 'removed']), customerId: In(ids) });
  return { rows, claims };
}

function rowDifferences(live: CustomerRow, rebuilt: CustomerRow): string[] {
  const columns = ROW_COLUMNS.filter((column) => live[column] !== rebuilt[column]);
  const state = jsonDifferences(JSON.parse(live.state), JSON.parse(rebuilt.state), 'state');
  return [...columns, ...state];
}

function claimDifferences(
  customerId: string,
  live: readonly ContactClaimRow[],
  rebuilt: readonly ContactClaimRow[],
): ReadModelDifference[] {
  const liveByKey = new Map(live.map((claim) => [claim.contactKey, claim]));
  const rebuiltKeys = new Set(rebuilt.map((claim) => claim.contactKey));
  const extra = live
    .filter((claim) => !rebuiltKeys.has(claim.contactKey))
    .map((claim) => ({ customerId, subject: claimSubject(claim), kind: 'extra' as const }));
  const others = rebuilt.flatMap((claim): ReadModelDifference[] => {
    const subject = claimSubject(claim);
    const found = liveByKey.get(claim.contactKey);
    if (!found) return [{ customerId, subject, kind: 'missing' }];
    const changed = CLAIM_COLUMNS.filter(
      (column) => (found[column] ?? null) !== (claim[column] ?? null),
    );
    return changed.map((path) => ({ customerId, subject, kind: 'changed', path }));
  });
  return [...extra, ...others];
}

/** How each replayed customer's live read model differs from its replay. */
export function readModelDifferences(
  replayed: readonly ReplayedCustomer[],
  live: { rows: readonly CustomerRow[]; claims: readonly ContactClaimRow[] },
): ReadModelDifference[] {
  const rows = new Map(live.rows.map((row) => [row.customerId, row]));
  const claimsOf = new Map<string, ContactClaimRow[]>();
  for (const claim of live.claims) {
    claimsOf.set(claim.customerId, [...(claimsOf.get(claim.customerId) ?? []), claim]);
  }
  return replayed.flatMap(({ row, claims }): ReadModelDifference[] => {
    const { customerId } = row;
    const liveRow = rows.get(customerId);
    const rowDiffs: ReadModelDifference[] = liveRow
      ? rowDifferences(liveRow, row).map((path) => ({
          customerId,
          subject: 'customer',
          kind: 'changed',
          path,
        }))
      : [{ customerId, subject: 'customer', kind: 'missing' }];
    return [...rowDiffs, ...claimDifferences(customerId, claimsOf.get(customerId) ?? [], claims)];
  });
}
