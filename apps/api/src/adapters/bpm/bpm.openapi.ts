import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiOperation,
  getSchemaPath,
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { BPM_UPDATE_CUSTOMER_DATA_ID } from '../connectfi/schemas/connectfi.schemas.js';
import { AnswersErrors } from '../../http/openapi/answers-errors.decorator.js';
import { Answers, ETAG } from '../../http/openapi/documented-answer.decorators.js';
import { BPM_EXAMPLES } from '../../http/openapi/examples/seed-examples.js';
import { viewRef } from '../../http/openapi/schemas/view-schemas.js';
import { vendorSchemaRef } from '../../http/openapi/vendor-schema.components.js';
import { BPM_COMMANDS } from './bpm-command.registry.js';
import { UpdateContactInfoDto } from './dto/update-contact-info.dto.js';
import { UpdateContactDto } from './dto/update-contact.dto.js';

/** `data` of each command: its DTO, or for UpdateCustomerCommand the vendor schema it shares. */
const DATA_OF: Readonly<Record<string, SchemaObject | ReferenceObject>> = {
  UpdateContactCommand: { $ref: getSchemaPath(UpdateContactDto) },
  UpdateCustomerCommand: vendorSchemaRef(BPM_UPDATE_CUSTOMER_DATA_ID),
  UpdateContactInfoCommand: { $ref: getSchemaPath(UpdateContactInfoDto) },
};

/**
 * The envelope, one alternative per command of the registry. A command added to the registry
 * without a `data` schema here stops the start, as a controller without a surface does.
 */
function requestSchema(): SchemaObject {
  const oneOf = [...BPM_COMMANDS.keys()].map((commandName): SchemaObject => {
    const data = DATA_OF[commandName];
    if (!data) throw new Error(`BPM command ${commandName} has no documented data`);
    return {
      type: 'object',
      title: commandName,
      required: ['commandName', 'data'],
      properties: { commandName: { type: 'string', enum: [commandName] }, data },
      additionalProperties: false,
    };
  });
  return { oneOf };
}

/** `POST /api/bpm/cmd` in the document (API.md §3). */
export const DocumentBpmDispatch = (): MethodDecorator =>
  applyDecorators(
    ApiOperation({ summary: 'Run a BPM command: UpdateContactCommand, UpdateCustomerCommand, …' }),
    ApiBody({ schema: requestSchema(), examples: BPM_EXAMPLES.request }),
    Answers(200, 'The command ran, or changed nothing.', viewRef('BpmAnswer'), {
      headers: ETAG,
      examples: BPM_EXAMPLES.answer,
    }),
    AnswersErrors(
      'UNKNOWN_COMMAND',
      'CUSTOMER_NOT_FOUND',
      'REPRESENTATIVE_NOT_FOUND',
      'CUSTOMER_TYPE_NOT_SUPPORTED',
      'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
      'DUPLICATE_TYPE',
      'CONTACT_IN_USE',
      'CONTACT_RESERVED',
      'VERSION_CONFLICT',
      'VERIFICATION_REQUIRED',
      'VERIFICATION_INVALID',
      'VERIFICATION_EXPIRED',
    ),
  );
