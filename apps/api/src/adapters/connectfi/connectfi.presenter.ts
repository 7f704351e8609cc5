import { customerView, type CustomerState } from '@app/customer';

/** connectFi's success envelope: `code` "0", the data, and the request id (API.md §0, §4). */
export interface ConnectFiSuccess<T> {
  readonly code: '0';
  readonly data: T;
  readonly requestId: string;
}

export function connectFiSuccess<T>(data: T, requestId: string): ConnectFiSuccess<T> {
  return { code: '0', data, requestId };
}

type View = Record<string, unknown>;

/**
 * The customer view of §6.1 as connectFi answers `/customer/update`. The vendor's response shows
 * a representative's date of birth as midnight UTC (`1978-10-15T00:00:00.000Z`) where an
 * individual's is a plain date, and its clients parse it so; we store the date and render it so.
 */
export function connectFiCustomerView(state: CustomerState): View {
  const view = customerView(state);
  if (state.customerType !== 'business') return view;
  const representatives = view.businessRepresentatives as readonly View[];
  return {
    ...view,
    businessRepresentatives: representatives.map(({ dateOfBirth, ...representative }) => ({
      ...representative,
      ...(typeof dateOfBirth === 'string' ? { dateOfBirth: `${dateOfBirth}T00:00:00.000Z` } : {}),
    })),
  };
}
