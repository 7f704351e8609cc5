import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequireScopes } from '@app/auth';
import { systemClock } from '@app/core';
import {
  AttemptVerificationCommand,
  GetVerificationQuery,
  InitiateVerificationCommand,
  verificationView,
  type Verification,
  type VerificationView,
} from '@app/customer';
import {
  CommandRoute,
  type RefusedRequest,
} from '../../http/command-log/command-route.decorator.js';
import { commandMetadata } from '../../http/command-metadata.factory.js';
import { RateLimited } from '../../http/rate-limit/rate-limited.decorator.js';
import { CommandGateway } from '../../http/idempotency/command.gateway.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { AnswersErrors } from '../../http/openapi/answers-errors.decorator.js';
import { Answers } from '../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../http/openapi/tags.js';
import { viewRef } from '../../http/openapi/schemas/view-schemas.js';
import { CustomerPersonParams, VerificationParams } from './dto/customer-person.params.js';
import { InitiateVerificationDto, VerificationAttemptDto } from './dto/verification.dto.js';

/** The customer a wallet route names in its path. */
const ofPath = ({ params }: RefusedRequest): unknown => params.customerId;

/** The verification flow of the wallet (API.md §5.2); answers never carry the code. */
@Controller('v2/customer-persons/:customerId/verifications')
@Surface('problem')
@ApiTags(TAGS.wallet)
export class VerificationsController {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('customers:write')
  @CommandRoute({ source: 'wallet', commandName: 'InitiateVerification', customerId: ofPath })
  @ApiOperation({ summary: 'Send a 6-digit code to a new email or mobile number' })
  @Answers(201, 'Pending; a newer one supersedes it.', viewRef('VerificationView'))
  @AnswersErrors(
    'CUSTOMER_NOT_FOUND',
    'CUSTOMER_TYPE_NOT_SUPPORTED',
    'CONTACT_IN_USE',
    'CONTACT_RESERVED',
  )
  initiate(
    @Param() { customerId }: CustomerPersonParams,
    @Body() body: InitiateVerificationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const metadata = commandMetadata(request, 'wallet');
    const command = new InitiateVerificationCommand(
      customerId,
      body.flow,
      body.attribute,
      body.value,
      metadata,
    );
    return this.gateway.execute(reply, command, (started: Verification) => ({
      body: this.view(started),
    }));
  }

  @Post(':verificationId/attempts')
  @HttpCode(200)
  @RequireScopes('customers:write')
  @CommandRoute({ source: 'wallet', commandName: 'AttemptVerification', customerId: ofPath })
  @RateLimited('attempts')
  @ApiOperation({ summary: 'Try the code that was sent' })
  @Answers(200, 'The code matched.', viewRef('VerificationAttempt'))
  @AnswersErrors(
    'VERIFICATION_NOT_FOUND',
    'VERIFICATION_CODE_MISMATCH',
    'VERIFICATION_FAILED',
    'VERIFICATION_EXPIRED',
    'VERIFICATION_INVALID',
  )
  attempt(
    @Param() { customerId, verificationId }: VerificationParams,
    @Body() body: VerificationAttemptDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const metadata = commandMetadata(request, 'wallet');
    const command = new AttemptVerificationCommand(customerId, verificationId, body.code, metadata);
    return this.gateway.execute(reply, command, (tried: Verification) => {
      const { status, attemptsRemaining } = this.view(tried);
      return { body: { verificationId, status, attemptsRemaining } };
    });
  }

  @Get(':verificationId')
  @RequireScopes('customers:read')
  @ApiOperation({ summary: 'A verification’s state (never its code)' })
  @Answers(200, 'Its state now.', viewRef('VerificationView'))
  @AnswersErrors('VERIFICATION_NOT_FOUND')
  async get(
    @Param() { customerId, verificationId }: VerificationParams,
  ): Promise<VerificationView> {
    const query = new GetVerificationQuery(customerId, verificationId);
    return this.view(await this.queries.execute<GetVerificationQuery, Verification>(query));
  }

  private view(verification: Verification): VerificationView {
    return verificationView(verification, systemClock.now());
  }
}
