import type { CustomerState } from '../../domain/customer.types.js';
import { MobileNumber } from '../../domain/value-objects/mobile-number.value-object.js';

/** The answer of UpdateContactInfoCommand on every surface (API.md §5.1). */
export interface ContactInfoView {
  readonly customerId: string;
  readonly email: string | null;
  /** E.164 (`+<dialing code><number>`), null without a MOBILE phone. */
  readonly mobileNumber: string | null;
  readonly version: number;
  readonly updatedAt: string;
}

export function contactInfoView(state: CustomerState): ContactInfoView {
  const individual = state.customerType === 'individual' ? state.customer : undefined;
  const mobile = individual?.phones.find((phone) => phone.type === 'MOBILE');
  return {
    customerId: state.customerId,
    email: individual?.email ?? null,
    mobileNumber: mobile ? MobileNumber.fromPhone(mobile).e164 : null,
    version: state.version,
    updatedAt: state.updatedAt,
  };
}
