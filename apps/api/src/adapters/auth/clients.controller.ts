import { Body, Controller, Get, Header, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import {
  ApiClientsService,
  CurrentPrincipal,
  RequireScopes,
  type CreatedClient,
  type Principal,
} from '@app/auth';
import { CreateClientDto } from './create-client.dto.js';
import { opsRequester } from '../../http/command-metadata.factory.js';
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
  constructor(private readonly clients: ApiClientsService) {}

  @Post()
  @HttpCode(201)
  @CommandRoute({ source: 'ops', commandName: 'CreateClient' })
  // The answer holds the new secret, shown this once: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  create(
    @Body() body: CreateClientDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<CreatedClient> {
    return this.clients.create(body.clientId, body.scopes, opsRequester(request));
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
  async disable(
    @Param('clientId') clientId: string,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<{ clientId: string; disabled: true; disabledAt: string | null }> {
    const client = await this.clients.disable(clientId, opsRequester(request));
    return { clientId: client.clientId, disabled: true, disabledAt: client.disabledAt };
  }
}
