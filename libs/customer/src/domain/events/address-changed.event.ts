import type { Address, AddressType } from '../customer.types.js';

/** One address type of the customer (individual addresses or business addresses). */
export interface AddressChanged {
  readonly type: 'AddressChanged';
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly data: {
    readonly addressType: AddressType;
    readonly from: Address | null;
    readonly to: Address | null;
  };
}
