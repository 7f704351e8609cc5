import type { CustomerState, IdentificationDocument } from '../../domain/customer.types.js';

/** A document as every surface shows it: an SSN only by its last four digits (API.md §6.1). */
export type DocumentView = Omit<IdentificationDocument, 'value'> & {
  value?: string;
  last4?: string;
};

export function documentView(document: IdentificationDocument): DocumentView {
  if (document.type !== 'SSN') return { ...document };
  const { value, ...rest } = document;
  return { ...rest, last4: value.slice(-4) };
}

/** The customer view of API.md §6.1, with connectFi's field names. */
export function customerView(state: CustomerState): Record<string, unknown> {
  const common = {
    customerId: state.customerId,
    customerType: state.customerType,
    reference: state.reference,
    version: state.version,
    dtsCreatedAt: state.createdAt,
    updatedAt: state.updatedAt,
  };
  if (state.customerType === 'business') {
    return {
      ...common,
      customer: state.customer,
      boises: [],
      businessRepresentatives: state.businessRepresentatives.map((representative) => ({
        ...representative,
        identificationDocuments: representative.identificationDocuments.map(documentView),
      })),
    };
  }
  return {
    ...common,
    customer: {
      ...state.customer,
      identificationDocuments: state.customer.identificationDocuments.map(documentView),
    },
    boises: [],
  };
}
