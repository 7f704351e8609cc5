import { UpdateCustomerCommand, type CommandMetadata, type ContactUpdate } from '@app/customer';
import type { CondorCustomerUpdateBody } from './condor-customer-update.types.js';

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Condor's flat body as UpdateCustomerCommand (API.md §4.2): names, gender and date of birth
 * become the update's personal details, the rest is `/customer/update`'s individual part. Condor
 * serves individuals only, so the command says so.
 */
export function toCondorUpdateCommand(
  body: CondorCustomerUpdateBody,
  metadata: CommandMetadata,
  expectedVersion?: number,
): UpdateCustomerCommand {
  const { customerId, firstName, lastName, gender, dateOfBirth, email, addresses, phones } = body;
  const personalDetails = definedOnly({ firstName, lastName, gender, dateOfBirth });
  const update: ContactUpdate = definedOnly({
    personalDetails: Object.keys(personalDetails).length > 0 ? personalDetails : undefined,
    email,
    addresses,
    phones,
  });
  return new UpdateCustomerCommand(customerId, update, metadata, expectedVersion, true);
}

/** Condor's body is flat: the domain's `customer.<field>` is `<field>` there. */
export function condorField(field: string): string {
  return field.startsWith('customer.') ? field.slice('customer.'.length) : field;
}
