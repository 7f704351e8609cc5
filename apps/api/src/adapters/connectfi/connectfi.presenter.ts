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

/** The member order of one object of the answer, and the orders of the objects inside it. */
interface MemberOrder {
  readonly members: readonly string[];
  readonly inside?: Readonly<Record<string, MemberOrder>>;
}

const ADDRESS: MemberOrder = {
  members: [
    'type',
    'addressLine1',
    'addressLine2',
    'city',
    'countryCodeA3',
    'postalCode',
    'stateCode',
  ],
};
const PHONE: MemberOrder = { members: ['type', 'phoneNumber', 'countryDialingCode'] };
const DOCUMENT: MemberOrder = {
  members: ['type', 'value', 'issuanceCountryCodeA3', 'issuanceRegion', 'expiryDate', 'last4'],
};
const PERSON = ['firstName', 'lastName', 'middleName', 'gender', 'dateOfBirth'];
const CONTACTS_AND_DOCUMENTS = [
  'email',
  'citizenshipCountryCodeA3',
  'addresses',
  'phones',
  'identificationDocuments',
];
const BUSINESS = ['businessName', 'businessFederalEin', 'businessAddresses', 'businessPhones'];
const PERSON_INSIDE = { addresses: ADDRESS, phones: PHONE, identificationDocuments: DOCUMENT };

/**
 * The seed's 200 answers (connectfi-customer-update.txt), member by member; an individual's and a
 * business's `customer` share one order, since neither has the other's members. §6.1's `version`
 * and `updatedAt` follow the seed's members, so the seed's shape is a prefix of ours.
 */
const SEED_ORDER: MemberOrder = {
  members: [
    'reference',
    'customerId',
    'customerType',
    'customer',
    'boises',
    'dtsCreatedAt',
    'businessRepresentatives',
    'version',
    'updatedAt',
  ],
  inside: {
    customer: {
      members: [...PERSON, ...CONTACTS_AND_DOCUMENTS, ...BUSINESS],
      inside: { ...PERSON_INSIDE, businessAddresses: ADDRESS, businessPhones: PHONE },
    },
    businessRepresentatives: {
      members: ['id', ...PERSON, 'businessRepresentativeType', ...CONTACTS_AND_DOCUMENTS],
      inside: PERSON_INSIDE,
    },
  },
};

/** Members `order` names come first, in its order; any others keep theirs, after them. */
function inOrder(value: unknown, order: MemberOrder): unknown {
  if (Array.isArray(value)) return value.map((item) => inOrder(item, order));
  if (value === null || typeof value !== 'object') return value;
  const view = value as View;
  const names = [
    ...order.members.filter((name) => name in view),
    ...Object.keys(view).filter((name) => !order.members.includes(name)),
  ];
  return Object.fromEntries(
    names.map((name) => {
      const inner = order.inside?.[name];
      return [name, inner ? inOrder(view[name], inner) : view[name]];
    }),
  );
}

/**
 * The customer view of §6.1 as connectFi answers `/customer/update`, in the seed's member order
 * (clients that compare JSON text see the seed's shape; the stored state has no fixed order, and
 * PostgreSQL's jsonb sorts it). The vendor's response shows a representative's date of birth as
 * midnight UTC (`1978-10-15T00:00:00.000Z`) where an individual's is a plain date, and its
 * clients parse it so; we store the date and render it so.
 */
export function connectFiCustomerView(state: CustomerState): View {
  const view = customerView(state);
  if (state.customerType !== 'business') return inOrder(view, SEED_ORDER) as View;
  const representatives = view.businessRepresentatives as readonly View[];
  const withDates = {
    ...view,
    businessRepresentatives: representatives.map(({ dateOfBirth, ...representative }) => ({
      ...representative,
      ...(typeof dateOfBirth === 'string' ? { dateOfBirth: `${dateOfBirth}T00:00:00.000Z` } : {}),
    })),
  };
  return inOrder(withDates, SEED_ORDER) as View;
}
