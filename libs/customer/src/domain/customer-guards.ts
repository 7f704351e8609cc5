import type { CustomerState, IndividualDetails } from './customer.types.js';
import { FieldNotAllowedForCustomerTypeError } from './errors/customer.errors.js';

export type BusinessState = Extract<CustomerState, { customerType: 'business' }>;

/** @throws FieldNotAllowedForCustomerTypeError naming `field` when the customer is a business */
export function individualOf(state: CustomerState, field: string): IndividualDetails {
  if (state.customerType !== 'individual') {
    throw new FieldNotAllowedForCustomerTypeError(field, state.customerType);
  }
  return state.customer;
}

/** @throws FieldNotAllowedForCustomerTypeError naming `field` when the customer is an individual */
export function businessOf(state: CustomerState, field: string): BusinessState {
  if (state.customerType !== 'business') {
    throw new FieldNotAllowedForCustomerTypeError(field, state.customerType);
  }
  return state;
}
