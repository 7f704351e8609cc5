import { InitialSchema1763800000000 } from './1763800000000-initial-schema.migration.js';
import { VerificationsAndOutbox1764100000000 } from './1764100000000-verifications-and-outbox.migration.js';
import { AuditReadSide1764700000000 } from './1764700000000-audit-read-side.migration.js';
import { IdempotencyRecords1764800000000 } from './1764800000000-idempotency-records.migration.js';
import { RateLimits1764900000000 } from './1764900000000-rate-limits.migration.js';
import { EventSealsAndFilterIndexes1765000000000 } from './1765000000000-event-seals-and-filter-indexes.migration.js';

/** Every migration, oldest first; both databases run the same list. */
export const migrations = [
  InitialSchema1763800000000,
  VerificationsAndOutbox1764100000000,
  AuditReadSide1764700000000,
  IdempotencyRecords1764800000000,
  RateLimits1764900000000,
  EventSealsAndFilterIndexes1765000000000,
];
