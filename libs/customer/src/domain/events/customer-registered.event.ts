import type { CustomerProfile } from '../customer.types.js';

export interface CustomerRegistered {
  readonly type: 'CustomerRegistered';
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly data: CustomerProfile & {
    readonly customerId: string;
    readonly reference: string | null;
  };
}
