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
import { DocumentCustomerUpdate } from './connectfi.openapi.js';
import { executeConnectFiCommand } from './connectfi-command.executor.js';
import { validateCustomerUpdate } from './connectfi-body.validator.js';
import { connectFiCustomerView, connectFiSuccess } from './connectfi.presenter.js';
import { toUpdateCustomerCommand } from './customer-update.mapper.js';

/**
 * connectFi's `POST /customer/update` (API.md §4.1): the body is checked against the vendor's
 * JSON Schemas, then runs as UpdateCustomerCommand, the handler every surface shares. Errors,
 * auth failures included, are rendered in connectFi's format by the global filter.
 */
@Controller('customer')
@Surface('connectfi')
@AcceptsConnectFiToken()
@ApiTags(TAGS.connectFi)
export class CustomerUpdateController {
  constructor(private readonly gateway: CommandGateway) {}

  @Post('update')
  @HttpCode(200)
  @RequireScopes('customers:write')
  @CommandRoute({
    source: 'connectfi',
    commandName: 'UpdateCustomerCommand',
    customerId: ({ body }) => memberOf(body, 'customerId'),
  })
  @DocumentCustomerUpdate()
  async update(
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const input = validateCustomerUpdate(body);
    const metadata = commandMetadata(request, 'connectfi');
    const command = toUpdateCustomerCommand(input, metadata, expectedVersionOf(request));
    return executeConnectFiCommand(this.gateway, reply, command, ({ state }) => ({
      body: connectFiSuccess(connectFiCustomerView(state), String(request.id)),
      headers: { ETag: `"${state.version}"` },
    }));
  }
}
