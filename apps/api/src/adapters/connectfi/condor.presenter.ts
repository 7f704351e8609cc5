import {
  CustomerTypeNotSupportedError,
  type Address,
  type CustomerState,
  type IdentificationDocument,
  type Phone,
} from '@app/customer';

/** The seed's snake_case `condorCustomer` (API.md §4.2); absent values are left out. */
export type CondorCustomer = Readonly<Record<string, unknown>>;

const SSN_MASK = '*****';

function definedOnly(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null));
}

/** `country_dialing_code` is a number on condor: "01" answers 1. */
function phoneDetail(phone: Phone): Record<string, unknown> {
  return definedOnly({
    phone_type: phone.type,
    country_dialing_code:
      phone.countryDialingCode === undefined ? undefined : Number(phone.countryDialingCode),
    phone_number: phone.phoneNumber,
  });
}

function condorAddress(address: Address): Record<string, unknown> {
  return definedOnly({
    address_type: address.type,
    address1: address.addressLine1,
    address2: address.addressLine2,
    city: address.city,
    region: address.stateCode,
    postal_code: address.postalCode,
    country: address.countryCodeA3,
  });
}

/** An SSN is never shown whole: `*****` and its last four digits (§6.1). */
function identificationDoc(document: IdentificationDocument): Record<string, unknown> {
  const value = document.type === 'SSN' ? `${SSN_MASK}${document.value.slice(-4)}` : document.value;
  return definedOnly({
    identification_type: document.type,
    identification_value: value,
    identification_issuance_country: document.issuanceCountryCodeA3,
    identification_issuance_region: document.issuanceRegion,
    identification_expiry_date: document.expiryDate,
  });
}

/** @throws CustomerTypeNotSupportedError for a business (the handler refuses one before) */
export function condorCustomerView(state: CustomerState): CondorCustomer {
  if (state.customerType !== 'individual') throw new CustomerTypeNotSupportedError('business');
  const { customer } = state;
  return definedOnly({
    first_name: customer.firstName,
    last_name: customer.lastName,
    gender: customer.gender,
    email: customer.email,
    phone_details: customer.phones.map(phoneDetail),
    date_of_birth: customer.dateOfBirth,
    addresses: customer.addresses.map(condorAddress),
    identification_docs: customer.identificationDocuments.map(identificationDoc),
    customerId: state.customerId,
  });
}
