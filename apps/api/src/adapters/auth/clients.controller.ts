import { Body, Controller, Get, Header, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiClientsService, RequireScopes, type ApiClient, type CreatedClient } from '@app/auth';
import { CreateClientDto } from './create-client.dto.js';
import { opsRequester } from '../../http/command-metadata.factory.js';
import { CommandGateway } from '../../http/idempotency/command.gateway.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { CommandRoute } from '../../http/command-log/command-route.decorator.js';
import { AnswersErrors } from '../../http/openapi/answers-errors.decorator.js';
import { Answers } from '../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../http/openapi/tags.js';
import { pageOf, viewRef } from '../../http/openapi/schemas/view-schemas.js';

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
@ApiTags(TAGS.auth)
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
  @ApiOperation({ summary: 'Create an API client; its secret is shown once' })
  @Answers(201, 'The client, with its secret.', viewRef('CreatedClient'))
  @AnswersErrors('CLIENT_ALREADY_EXISTS')
  create(
    @Body() body: CreateClientDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const create = () => this.clients.create(body.clientId, body.scopes, opsRequester(request));
    return this.gateway.run(reply, create, (created: CreatedClient) => ({ body: created }));
  }

  @Get()
  @ApiOperation({ summary: 'List the API clients' })
  @Answers(200, 'Every client, without secrets.', pageOf('ClientView'))
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
  @ApiOperation({ summary: 'Disable an API client; its tokens stop working' })
  @Answers(200, 'The client is disabled.', viewRef('DisabledClient'))
  @AnswersErrors('CLIENT_NOT_FOUND')
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
