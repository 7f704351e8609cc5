import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation } from '@nestjs/swagger';
import { AnswersErrors } from '../../http/openapi/answers-errors.decorator.js';
import { AcceptsIfMatch, Answers, ETAG } from '../../http/openapi/documented-answer.decorators.js';
import {
  CONDOR_EXAMPLES,
  CUSTOMER_UPDATE_EXAMPLES,
} from '../../http/openapi/examples/seed-examples.js';
import { viewRef } from '../../http/openapi/schemas/view-schemas.js';
import { vendorSchemaRef } from '../../http/openapi/vendor-schema.components.js';

/**
 * `POST /customer/update` in the document (API.md §4.1): its body is the vendor schema the
 * validator compiles, published as a component from the same file.
 */
export const DocumentCustomerUpdate = (): MethodDecorator =>
  applyDecorators(
    ApiOperation({
      summary: 'Update a customer’s email, addresses and phones (and its representatives’)',
      description: 'Arrays merge by `type`: an item replaces the one of its type; others stay.',
    }),
    ApiBody({
      schema: vendorSchemaRef('customer-update'),
      examples: CUSTOMER_UPDATE_EXAMPLES.request,
    }),
    AcceptsIfMatch(),
    Answers(200, 'The customer as it now is.', viewRef('ConnectFiCustomerAnswer'), {
      headers: ETAG,
      examples: CUSTOMER_UPDATE_EXAMPLES.answer,
    }),
    AnswersErrors(
      'CUSTOMER_NOT_FOUND',
      'REPRESENTATIVE_NOT_FOUND',
      'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
      'DUPLICATE_TYPE',
      'CONTACT_IN_USE',
      'CONTACT_RESERVED',
      'VERSION_CONFLICT',
    ),
  );

/** The deprecated `POST /condor/customer/update` (API.md §4.2), its flat vendor schema. */
export const DocumentCondorUpdate = (): MethodDecorator =>
  applyDecorators(
    ApiOperation({
      summary: 'Update an individual cardholder (deprecated: use /customer/update)',
      description: 'Individuals only. Two items of one type answer `extCondor` / `C0900`.',
    }),
    ApiBody({
      schema: vendorSchemaRef('condor-customer-update'),
      examples: CONDOR_EXAMPLES.request,
    }),
    AcceptsIfMatch(),
    Answers(200, 'The cardholder as it now is.', viewRef('CondorAnswer'), {
      headers: ETAG,
      examples: CONDOR_EXAMPLES.answer,
    }),
    AnswersErrors(
      'CUSTOMER_NOT_FOUND',
      'CUSTOMER_TYPE_NOT_SUPPORTED',
      'DUPLICATE_TYPE',
      'CONTACT_IN_USE',
      'CONTACT_RESERVED',
      'VERSION_CONFLICT',
    ),
  );
