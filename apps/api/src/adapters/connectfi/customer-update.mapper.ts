import {
  UpdateCustomerCommand,
  type CommandMetadata,
  type ContactUpdate,
  type RepresentativeContactUpdate,
} from '@app/customer';

/**
 * A validated `POST /customer/update` body (API.md §4.1), as the vendor's JSON Schemas pass it
 * on both surfaces that take it (the connectFi route and BPM's UpdateCustomerCommand).
 */
export interface CustomerUpdateBody {
  readonly customerId: string;
  readonly customer: Omit<ContactUpdate, 'businessRepresentatives'>;
  readonly businessRepresentatives?: readonly RepresentativeContactUpdate[];
}

/**
 * The one mapping of that body onto UpdateCustomerCommand, shared by the connectFi route and
 * BPM's UpdateCustomerCommand (§3.2: "`data` has the body of `POST /customer/update`").
 */
export function toUpdateCustomerCommand(
  body: CustomerUpdateBody,
  metadata: CommandMetadata,
  expectedVersion?: number,
): UpdateCustomerCommand {
  const { businessRepresentatives } = body;
  const update: ContactUpdate = {
    ...body.customer,
    ...(businessRepresentatives ? { businessRepresentatives } : {}),
  };
  return new UpdateCustomerCommand(body.customerId, update, metadata, expectedVersion);
}
