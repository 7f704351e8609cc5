import { Body, Controller, Param, Patch, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequireScopes } from '@app/auth';
import { contactInfoView, UpdateContactInfoCommand, type CommandOutcome } from '@app/customer';
import { CommandRoute } from '../../http/command-log/command-route.decorator.js';
import { commandMetadata } from '../../http/command-metadata.factory.js';
import { CommandGateway } from '../../http/idempotency/command.gateway.js';
import { expectedVersionOf } from '../../http/if-match.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { AnswersErrors } from '../../http/openapi/answers-errors.decorator.js';
import { AcceptsIfMatch, Answers, ETAG } from '../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../http/openapi/tags.js';
import { viewRef } from '../../http/openapi/schemas/view-schemas.js';
import { ContactInfoDto } from './dto/contact-info.dto.js';
import { CustomerPersonParams } from './dto/customer-person.params.js';

/** The B2B wallet's contact info (API.md §5.1): one email and one MOBILE number per person. */
@Controller('v2/customer-persons/:customerId/contact-info')
@Surface('problem')
@ApiTags(TAGS.wallet)
export class ContactInfoController {
  constructor(private readonly gateway: CommandGateway) {}

  @Patch()
  @RequireScopes('customers:write')
  @CommandRoute({
    source: 'wallet',
    commandName: 'UpdateContactInfoCommand',
    customerId: ({ params }) => params.customerId,
  })
  @ApiOperation({ summary: 'Set a person’s single email and MOBILE number' })
  @AcceptsIfMatch()
  @Answers(200, 'The contact info as it now is.', viewRef('ContactInfoView'), { headers: ETAG })
  @AnswersErrors(
    'CUSTOMER_NOT_FOUND',
    'CUSTOMER_TYPE_NOT_SUPPORTED',
    'CONTACT_IN_USE',
    'CONTACT_RESERVED',
    'VERSION_CONFLICT',
    'VERIFICATION_REQUIRED',
    'VERIFICATION_INVALID',
    'VERIFICATION_EXPIRED',
  )
  async update(
    @Param() params: CustomerPersonParams,
    @Body() body: ContactInfoDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const command = new UpdateContactInfoCommand(
      params.customerId,
      {
        ...(body.email !== undefined ? { email: body.email } : {}),
        ...(body.mobileNumber !== undefined ? { mobileNumber: body.mobileNumber } : {}),
      },
      commandMetadata(request, 'wallet'),
      body.verificationId,
      expectedVersionOf(request),
    );
    return this.gateway.execute(reply, command, ({ state }: CommandOutcome) => ({
      body: contactInfoView(state),
      headers: { ETag: `"${state.version}"` },
    }));
  }
}
