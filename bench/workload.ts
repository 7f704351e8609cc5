/**
 * The benchmark's workload (issue "Performance"): in every 20 requests, 12 BPM
 * UpdateContactCommand (a PRIMARY address line or the MOBILE number), 3 connectFi
 * `/customer/update` (the PRIMARY address), 3 `GET /api/customers/:id` and 2 audit queries of one
 * customer. The service and the bare baseline answer the same paths, so one driver loads both.
 */
export type Operation = 'bpm' | 'connectfi' | 'read' | 'audit';

export const OPERATIONS: readonly Operation[] = ['bpm', 'connectfi', 'read', 'audit'];

/** The mix, one slot per request of a cycle of 20. */
const CYCLE: readonly Operation[] = [
  ...Array<Operation>(12).fill('bpm'),
  ...Array<Operation>(3).fill('connectfi'),
  ...Array<Operation>(3).fill('read'),
  ...Array<Operation>(2).fill('audit'),
];

export const customerIdOf = (i: number): string => `bench_${String(i).padStart(5, '0')}`;

/** A UK mobile number of customer `i`'s own, the `n`th it is given: never another's. */
export const mobileOf = (i: number, n: number): string =>
  `+447${String(i).padStart(4, '0')}${String(n % 100_000).padStart(5, '0')}`;

/** The registration body of bench customer `i` (API.md §6.2). */
export function registrationOf(i: number): object {
  return {
    customerId: customerIdOf(i),
    customerType: 'individual',
    customer: {
      firstName: 'Bench',
      lastName: `Customer${i}`,
      email: `bench.${i}@example.com`,
      addresses: [
        {
          type: 'PRIMARY',
          addressLine1: `${i} First Street`,
          city: 'Harrisburg',
          stateCode: 'PA',
          postalCode: '17101',
          countryCodeA3: 'USA',
        },
      ],
      phones: [{ type: 'MOBILE', countryDialingCode: '44', phoneNumber: mobileOf(i, 0).slice(3) }],
    },
  };
}

export interface BenchRequest {
  readonly operation: Operation;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

/**
 * Request `n` of a client, for a customer picked by `pick` (uniform over the population). Each
 * write sets a value the customer has not had, so every write appends one event.
 */
export function requestOf(n: number, customer: number, serial: number): BenchRequest {
  const operation = CYCLE[n % CYCLE.length]!;
  const id = customerIdOf(customer);
  switch (operation) {
    case 'bpm': {
      const data =
        serial % 2 === 0
          ? { contactEncodedKey: id, address: `${serial} Bench Street` }
          : { contactEncodedKey: id, phoneNumber: mobileOf(customer, serial) };
      const body = JSON.stringify({ commandName: 'UpdateContactCommand', data });
      return { operation, method: 'POST', path: '/api/bpm/cmd', body };
    }
    case 'connectfi': {
      const address = {
        type: 'PRIMARY',
        addressLine1: `${serial} ConnectFi Avenue`,
        city: 'Harrisburg',
        stateCode: 'PA',
        postalCode: '17101',
        countryCodeA3: 'USA',
      };
      const body = JSON.stringify({ customerId: id, customer: { addresses: [address] } });
      return { operation, method: 'POST', path: '/customer/update', body };
    }
    case 'read':
      return { operation, method: 'GET', path: `/api/customers/${id}` };
    case 'audit':
      return { operation, method: 'GET', path: `/api/audit/events?customerId=${id}&limit=20` };
  }
}
