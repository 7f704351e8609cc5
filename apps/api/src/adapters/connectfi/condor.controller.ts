import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AcceptsConnectFiToken, RequireScopes } from '@app/auth';
import { commandMetadata } from '../../http/command-metadata.factory.js';
import { expectedVersionOf } from '../../http/if-match.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { condorCustomerView, type CondorCustomer } from './condor.presenter.js';
import { condorField, toCondorUpdateCommand } from './condor-customer-update.mapper.js';
import { executeConnectFiCommand } from './connectfi-command.executor.js';
import { validateCondorCustomerUpdate } from './connectfi-body.validator.js';
import { connectFiSuccess, type ConnectFiSuccess } from './connectfi.presenter.js';

/**
 * The deprecated `POST /condor/customer/update` (API.md §4.2): condor's flat body, individuals
 * only, through the same UpdateCustomerCommand as `/customer/update`. Every answer under
 * `/condor` carries the deprecation headers (condor-deprecation.hook.ts).
 */
@Controller('condor')
@Surface('condor')
@AcceptsConnectFiToken()
export class CondorController {
  constructor(private readonly commands: CommandBus) {}

  @Post('customer/update')
  @HttpCode(200)
  @RequireScopes('customers:write')
  async update(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConnectFiSuccess<{ condorCustomer: CondorCustomer }>> {
    const input = validateCondorCustomerUpdate(body);
    const metadata = commandMetadata(request, 'condor');
    const command = toCondorUpdateCommand(input, metadata, expectedVersionOf(request));
    const { state } = await executeConnectFiCommand(this.commands, command, condorField);
    reply.header('ETag', `"${state.version}"`);
    return connectFiSuccess({ condorCustomer: condorCustomerView(state) }, String(request.id));
  }
}
