import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { FastifyRequest } from 'fastify';
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
import { commandMetadata } from '../../http/command-metadata.factory.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { CustomerPersonParams, VerificationParams } from './dto/customer-person.params.js';
import { InitiateVerificationDto, VerificationAttemptDto } from './dto/verification.dto.js';

/** The verification flow of the wallet (API.md §5.2); answers never carry the code. */
@Controller('v2/customer-persons/:customerId/verifications')
@Surface('problem')
export class VerificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @RequireScopes('customers:write')
  async initiate(
    @Param() { customerId }: CustomerPersonParams,
    @Body() body: InitiateVerificationDto,
    @Req() request: FastifyRequest,
  ): Promise<VerificationView> {
    const metadata = commandMetadata(request, 'wallet');
    const command = new InitiateVerificationCommand(
      customerId,
      body.flow,
      body.attribute,
      body.value,
      metadata,
    );
    return this.view(
      await this.commands.execute<InitiateVerificationCommand, Verification>(command),
    );
  }

  @Post(':verificationId/attempts')
  @HttpCode(200)
  @RequireScopes('customers:write')
  async attempt(
    @Param() { customerId, verificationId }: VerificationParams,
    @Body() body: VerificationAttemptDto,
    @Req() request: FastifyRequest,
  ): Promise<Pick<VerificationView, 'verificationId' | 'status' | 'attemptsRemaining'>> {
    const metadata = commandMetadata(request, 'wallet');
    const command = new AttemptVerificationCommand(customerId, verificationId, body.code, metadata);
    const { status, attemptsRemaining } = this.view(
      await this.commands.execute<AttemptVerificationCommand, Verification>(command),
    );
    return { verificationId, status, attemptsRemaining };
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
