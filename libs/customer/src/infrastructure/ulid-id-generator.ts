import { randomUUID } from 'node:crypto';
import { ulid } from 'ulid';
import type { IdGenerator } from '@app/core';

/** Time-ordered ids that fit connectFi's common-id (`^[0-9a-zA-Z_]+$`, at most 36). */
export const ulidIdGenerator: IdGenerator = {
  customerId: () => `cst_${ulid()}`,
  representativeId: () => `rep_${ulid()}`,
  uuid: () => randomUUID(),
};
