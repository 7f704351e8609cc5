import {
  UpdateContactCommand,
  UpdateContactInfoCommand,
  type CommandMetadata,
  type CustomerCommand,
} from '@app/customer';
import { validateBpmUpdateCustomerData } from '../connectfi/connectfi-body.validator.js';
import { toUpdateCustomerCommand } from '../connectfi/customer-update.mapper.js';
import { COMMAND_TO_BPM, toContactChanges } from './bpm-contact-fields.js';
import { validateBpmData, validateBpmSchemaData } from './bpm-data.validator.js';
import {
  presentContactInfoUpdate,
  presentContactUpdate,
  presentCustomerUpdate,
  type BpmPresenter,
} from './bpm.presenter.js';
import { UpdateContactInfoDto } from './dto/update-contact-info.dto.js';
import { UpdateContactDto } from './dto/update-contact.dto.js';

/** One BPM command: the DTO its `data` must pass, the command it becomes, its answer. */
export interface BpmCommandDefinition<Dto extends object> {
  readonly dto: new () => Dto;
  readonly toCommand: (dto: Dto, metadata: CommandMetadata) => CustomerCommand;
  readonly present: BpmPresenter;
  /** The command's field names → `data`'s, where they differ. */
  readonly wireNames?: Readonly<Record<string, string>>;
}

/** A definition with its DTO type sealed in, so one map can hold every command. */
export interface BpmCommandEntry {
  /** @throws ValidationFailedError naming every failing `data.<field>` */
  readonly build: (data: object, metadata: CommandMetadata) => Promise<CustomerCommand>;
  readonly present: BpmPresenter;
  readonly wireNames: Readonly<Record<string, string>>;
}

function entry<Dto extends object>(definition: BpmCommandDefinition<Dto>): BpmCommandEntry {
  return {
    build: async (data, metadata) =>
      definition.toCommand(await validateBpmData(definition.dto, data), metadata),
    present: definition.present,
    wireNames: definition.wireNames ?? {},
  };
}

/** A Map, not an object: a `commandName` such as "constructor" must not find anything. */
export const BPM_COMMANDS: ReadonlyMap<string, BpmCommandEntry> = new Map([
  [
    'UpdateContactCommand',
    entry({
      dto: UpdateContactDto,
      toCommand: (dto, metadata) =>
        new UpdateContactCommand(
          dto.contactEncodedKey,
          toContactChanges(dto),
          metadata,
          dto.expectedVersion,
        ),
      present: presentContactUpdate,
      wireNames: COMMAND_TO_BPM,
    }),
  ],
  [
    'UpdateCustomerCommand',
    {
      // §3.2: `data` is the /customer/update body, so it is checked by the same JSON Schemas.
      build: (data, metadata) => {
        const { expectedVersion, ...body } = validateBpmSchemaData(
          validateBpmUpdateCustomerData,
          data,
        );
        return Promise.resolve(toUpdateCustomerCommand(body, metadata, expectedVersion));
      },
      present: presentCustomerUpdate,
      wireNames: {},
    },
  ],
  [
    'UpdateContactInfoCommand',
    entry({
      dto: UpdateContactInfoDto,
      toCommand: ({ customerId, email, mobileNumber, verificationId, expectedVersion }, metadata) =>
        new UpdateContactInfoCommand(
          customerId,
          { email, mobileNumber },
          metadata,
          verificationId,
          expectedVersion,
        ),
      present: presentContactInfoUpdate,
    }),
  ],
]);
