import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsConnectFiToken, RequireScopes } from '@app/auth';
import { CommandRoute, memberOf } from '../../http/command-log/command-route.decorator.js';
import { commandMetadata } from '../../http/command-metadata.factory.js';
import { CommandGateway } from '../../http/idempotency/command.gateway.js';
import { expectedVersionOf } from '../../http/if-match.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { TAGS } from '../../http/openapi/tags.js';
import { DocumentCondorUpdate } from './connectfi.openapi.js';
import type { CommandOutcome } from '@app/customer';
import { condorCustomerView } from './condor.presenter.js';
import { condorField, toCondorUpdateCommand } from './condor-customer-update.mapper.js';
import { executeConnectFiCommand } from './connectfi-command.executor.js';
import { validateCondorCustomerUpdate } from './connectfi-body.validator.js';
import { connectFiSuccess } from './connectfi.presenter.js';

/**
 * The deprecated `POST /condor/customer/update` (API.md §4.2): condor's flat body, individuals
 * only, through the same UpdateCustomerCommand as `/customer/update`. Every answer under
 * `/condor` carries the deprecation headers (condor-deprecation.hook.ts).
 */
@Controller('condor')
@Surface('condor')
@AcceptsConnectFiToken()
@ApiTags(TAGS.condor)
export class CondorController {
  constructor(private readonly gateway: CommandGateway) {}

  @Post('customer/update')
  @HttpCode(200)
  @RequireScopes('customers:write')
  @CommandRoute({
    source: 'condor',
    commandName: 'UpdateCustomerCommand',
    customerId: ({ body }) => memberOf(body, 'customerId'),
  })
  @DocumentCondorUpdate()
  async update(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const input = validateCondorCustomerUpdate(body);
    const metadata = commandMetadata(request, 'condor');
    const command = toCondorUpdateCommand(input, metadata, expectedVersionOf(request));
    const answer = ({ state }: CommandOutcome) => ({
      body: connectFiSuccess({ condorCustomer: condorCustomerView(state) }, String(request.id)),
      headers: { ETag: `"${state.version}"` },
    });
    return executeConnectFiCommand(this.gateway, reply, command, answer, condorField);
  }
}
