import type { RepresentativeInput } from '@app/customer';
import { aBusiness, anIndividual, aPhone } from './customer.mother.js';

/** Registrations claim their MOBILE number, so every body gets one of its own. */
let nextMobile = 2_000_000_000;

export interface IndividualBodyOverrides {
  readonly customerId?: string;
  readonly email?: string;
  readonly mobile?: string;
  readonly customer?: Record<string, unknown>;
}

/**
 * The body of `POST /api/customers` for an individual (API.md §6.2): the mothers' Janice Sample,
 * with her own MOBILE number and no customer id unless one is given (the service generates it).
 */
export function individualBody(overrides: IndividualBodyOverrides = {}) {
  const { customerId, email = 'janice@example.com', customer = {} } = overrides;
  const mobile = overrides.mobile ?? String(nextMobile++);
  const { customerId: _mothers, ...body } = anIndividual({
    email,
    phones: [aPhone({ phoneNumber: mobile })],
  });
  return {
    ...(customerId ? { customerId } : {}),
    ...body,
    customer: { ...body.customer, ...customer },
  };
}

/**
 * The body of `POST /api/customers` for a business, by default with one representative
 * (`rep_principal`).
 */
export function businessBody(
  overrides: {
    readonly customerId?: string;
    readonly businessRepresentatives?: readonly RepresentativeInput[];
  } = {},
) {
  const { customerId, businessRepresentatives } = overrides;
  const { customerId: _mothers, ...body } = aBusiness(
    businessRepresentatives ? { businessRepresentatives } : {},
  );
  return { ...(customerId ? { customerId } : {}), ...body };
}
