import type { IdGenerator } from '@app/core';

/** Ids that count up from 1 (`cust_1`, `rep_1`, …), so tests can name what will be generated. */
export class SequentialIds implements IdGenerator {
  private customers = 0;
  private representatives = 0;
  private uuids = 0;

  customerId(): string {
    return `cust_${++this.customers}`;
  }

  representativeId(): string {
    return `rep_${++this.representatives}`;
  }

  uuid(): string {
    return `00000000-0000-4000-8000-${String(++this.uuids).padStart(12, '0')}`;
  }
}
