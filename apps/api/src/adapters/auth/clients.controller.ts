import { Body, Controller, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiClientsService, RequireScopes, type ApiClient, type CreatedClient } from '@app/auth';
import { CreateClientDto } from './create-client.dto.js';
import { opsRequester } from '../../http/command-metadata.factory.js';
import { CommandGateway } from '../../http/idempotency/command.gateway.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { CommandRoute } from '../../http/command-log/command-route.decorator.js';

interface ClientView {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly disabled: boolean;
  readonly createdAt: string;
}

/** Client administration (API.md §2): create, list and disable; every change audited on `ops`. */
@Controller('api/clients')
@Surface('problem')
@RequireScopes('clients:admin')
export class ClientsController {
  constructor(
    private readonly clients: ApiClientsService,
    private readonly gateway: CommandGateway,
  ) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ source: 'ops', commandName: 'CreateClient' })
  // The answer holds the new secret, shown this once: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  create(
    @Body() body: CreateClientDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const create = () => this.clients.create(body.clientId, body.scopes, opsRequester(request));
    return this.gateway.run(reply, create, (created: CreatedClient) => ({ body: created }));
  }

  @Get()
  async list(): Promise<{ items: ClientView[] }> {
    const clients = await this.clients.list();
    return {
      items: clients.map(({ clientId, scopes, disabled, createdAt }) => ({
        clientId,
        scopes,
        disabled,
        createdAt,
      })),
    };
  }

  @Post(':clientId/disable')
  @HttpCode(200)
  @CommandRoute({ source: 'ops', commandName: 'DisableClient' })
  disable(
    @Param('clientId') clientId: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const disable = () => this.clients.disable(clientId, opsRequester(request));
    return this.gateway.run(reply, disable, (client: ApiClient) => ({
      body: { clientId: client.clientId, disabled: true, disabledAt: client.disabledAt },
    }));
  }
}
