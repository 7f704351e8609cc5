import type { Address, Phone } from '../customer.types.js';

export interface RepresentativeContact {
  readonly email?: string | null;
  readonly addresses?: readonly Address[];
  readonly phones?: readonly Phone[];
}

/** One business representative's contact data; `from`/`to` hold only the parts that changed. */
export interface RepresentativeContactChanged {
  readonly type: 'RepresentativeContactChanged';
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly data: {
    readonly representativeId: string;
    readonly from: RepresentativeContact;
    readonly to: RepresentativeContact;
  };
}
