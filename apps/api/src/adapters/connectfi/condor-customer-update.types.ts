import type { Address, Gender, Phone } from '@app/customer';

/** The condor surface's phone types: no `PRIMARY` (API.md §4.2). */
export interface CondorPhone extends Phone {
  readonly type: 'MOBILE' | 'LANDLINE';
}

/** A validated `POST /condor/customer/update` body: flat, only `customerId` required (§4.2). */
export interface CondorCustomerUpdateBody {
  readonly customerId: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly gender?: Gender;
  /** `YYYY-MM-DD` by pattern only; a real, past date is the value object's rule. */
  readonly dateOfBirth?: string;
  readonly email?: string;
  readonly addresses?: readonly Address[];
  readonly phones?: readonly CondorPhone[];
}
