import { ValidationFailedError } from '@app/core';
import { emailKey, MobileNumber, type RegisterCustomerCommand } from '@app/customer';
import type { CustomerLookupDto } from './dto/customer-queries.dto.js';
import type {
  BusinessCustomerDto,
  IndividualCustomerDto,
  RegisterCustomerDto,
} from './dto/register-customer.dto.js';

type RegistrationInput = RegisterCustomerCommand['input'];

/** The validated registration body as the command's input (arrays default to empty). */
export function toRegistrationInput(body: RegisterCustomerDto): RegistrationInput {
  const base = {
    ...(body.customerId ? { customerId: body.customerId } : {}),
    reference: body.reference ?? null,
  };
  if (body.customerType === 'business') {
    const customer = body.customer as BusinessCustomerDto;
    return {
      ...base,
      customerType: 'business',
      customer: {
        ...plain(customer),
        businessAddresses: customer.businessAddresses ?? [],
        businessPhones: customer.businessPhones ?? [],
      },
      businessRepresentatives: (body.businessRepresentatives ?? []).map((r) => ({
        ...plain(r),
        id: r.id ?? '',
        addresses: r.addresses ?? [],
        phones: r.phones ?? [],
        identificationDocuments: r.identificationDocuments ?? [],
      })),
    };
  }
  if (body.businessRepresentatives !== undefined) {
    throw ValidationFailedError.field(
      'businessRepresentatives',
      'only business customers have representatives',
    );
  }
  const customer = body.customer as IndividualCustomerDto;
  return {
    ...base,
    customerType: 'individual',
    customer: {
      ...plain(customer),
      addresses: customer.addresses ?? [],
      phones: customer.phones ?? [],
      identificationDocuments: customer.identificationDocuments ?? [],
    },
  };
}

/** The contact key a lookup asks for; exactly one of email and mobileNumber. */
export function contactKeyOf(query: CustomerLookupDto): string {
  if ((query.email === undefined) === (query.mobileNumber === undefined)) {
    throw ValidationFailedError.field('email', 'give exactly one of email and mobileNumber');
  }
  if (query.email !== undefined) return emailKey(query.email);
  return MobileNumber.lookupKeyOf(query.mobileNumber!, 'mobileNumber');
}

/** DTO instances to plain data, without undefined members. */
function plain<T extends object>(dto: T): T {
  return JSON.parse(JSON.stringify(dto)) as T;
}
