export type CustomerType = 'individual' | 'business';
export type AddressType = 'PRIMARY' | 'SECONDARY';
export type PhoneType = 'MOBILE' | 'LANDLINE' | 'PRIMARY';
export type Gender = 'M' | 'F';
export type DocumentType = 'SSN' | 'DRIVING LICENSE' | 'PASSPORT';

/**
 * Stored as given; `stateCode` may be any region and `postalCode` may be absent (API.md §3.1).
 * `stateCode` is absent only on a PRIMARY address that BPM created without a `state`: §3.1 lets
 * that surface create one from `address`, `city` and `country` alone. Every other path requires it.
 */
export interface Address {
  readonly type: AddressType;
  readonly addressLine1: string;
  readonly addressLine2?: string | null;
  readonly city: string;
  readonly stateCode?: string;
  readonly postalCode?: string;
  readonly countryCodeA3: string;
}

export interface Phone {
  readonly type: PhoneType;
  readonly phoneNumber: string;
  /** Digits only, as the client sent them (a leading zero is kept: "01"). */
  readonly countryDialingCode?: string;
}

export interface IdentificationDocument {
  readonly type: DocumentType;
  readonly value: string;
  readonly issuanceCountryCodeA3: string;
  readonly issuanceRegion?: string;
  readonly expiryDate?: string;
}

/** The fields that `PersonalDetailsChanged` covers. */
export interface PersonalDetails {
  readonly firstName: string;
  readonly lastName: string;
  readonly middleName?: string;
  readonly gender?: Gender;
  readonly dateOfBirth?: string;
}

export interface IndividualDetails extends PersonalDetails {
  readonly email?: string;
  readonly citizenshipCountryCodeA3?: string;
  readonly addresses: readonly Address[];
  readonly phones: readonly Phone[];
  readonly identificationDocuments: readonly IdentificationDocument[];
}

export interface BusinessDetails {
  readonly businessName: string;
  readonly businessFederalEin?: string;
  readonly businessAddresses: readonly Address[];
  readonly businessPhones: readonly Phone[];
}

export interface Representative extends PersonalDetails {
  readonly id: string;
  readonly businessRepresentativeType?: string;
  readonly email?: string;
  readonly citizenshipCountryCodeA3?: string;
  readonly addresses: readonly Address[];
  readonly phones: readonly Phone[];
  readonly identificationDocuments: readonly IdentificationDocument[];
}

export type CustomerProfile =
  | { readonly customerType: 'individual'; readonly customer: IndividualDetails }
  | {
      readonly customerType: 'business';
      readonly customer: BusinessDetails;
      readonly businessRepresentatives: readonly Representative[];
    };

/** The whole state of one customer: what the read model stores and `apply` folds. */
export type CustomerState = CustomerProfile & {
  readonly customerId: string;
  readonly reference: string | null;
  /** Stream position of the latest event; 1 after registration. */
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** A representative as registration receives it: the id is generated when absent or empty. */
export type RepresentativeInput = Omit<Representative, 'id'> & { readonly id?: string };

/**
 * What registration is given, before ids are filled in: the customer id and representative ids
 * are generated when absent or empty, and a business may come without representatives.
 */
export type RegistrationInput = (
  | { readonly customerType: 'individual'; readonly customer: IndividualDetails }
  | {
      readonly customerType: 'business';
      readonly customer: BusinessDetails;
      readonly businessRepresentatives?: readonly RepresentativeInput[];
    }
) & {
  readonly customerId?: string;
  readonly reference?: string | null;
};
