import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
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
import { CustomerPersonParams, VerificationParams } from './dto/customer-person.params.js';
import { InitiateVerificationDto, VerificationAttemptDto } from './dto/verification.dto.js';

/** The customer a wallet route names in its path. */
const ofPath = ({ params }: RefusedRequest): unknown => params.customerId;

/** The verification flow of the wallet (API.md §5.2); answers never carry the code. */
@Controller('v2/customer-persons/:customerId/verifications')
@Surface('problem')
export class VerificationsController {
  constructor(
    private readonly gateway: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('customers:write')
  @CommandRoute({ source: 'wallet', commandName: 'InitiateVerification', customerId: ofPath })
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
