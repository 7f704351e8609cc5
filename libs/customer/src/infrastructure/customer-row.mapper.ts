import type { CustomerState } from '../domain/customer.types.js';
import type { CustomerRow } from './customer.entity.js';

export function toCustomerRow(state: CustomerState): CustomerRow {
  return {
    customerId: state.customerId,
    customerType: state.customerType,
    reference: state.reference,
    version: state.version,
    state: JSON.stringify(state),
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
  };
}

export function toCustomerState(row: Pick<CustomerRow, 'state'>): CustomerState {
  return JSON.parse(row.state) as CustomerState;
}
