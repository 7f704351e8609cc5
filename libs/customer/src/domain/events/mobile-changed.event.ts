import type { Phone } from '../customer.types.js';

/** The individual's `MOBILE` phone, the claimed one (API.md §7). */
export interface MobileChanged {
  readonly type: 'MobileChanged';
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly data: { readonly from: Phone | null; readonly to: Phone | null };
}
