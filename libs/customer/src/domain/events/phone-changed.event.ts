import type { Phone, PhoneType } from '../customer.types.js';

/** Any phone but the individual's MOBILE: individual phones, or business phones of any type. */
export interface PhoneChanged {
  readonly type: 'PhoneChanged';
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly data: {
    readonly phoneType: PhoneType;
    readonly from: Phone | null;
    readonly to: Phone | null;
  };
}
