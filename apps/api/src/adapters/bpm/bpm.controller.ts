import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequireScopes } from '@app/auth';
import { ValidationFailedError } from '@app/core';
import type { CommandOutcome } from '@app/customer';
import { CommandRoute, memberOf } from '../../http/command-log/command-route.decorator.js';
import { commandMetadata } from '../../http/command-metadata.factory.js';
import { CommandGateway } from '../../http/idempotency/command.gateway.js';
import { BPM_COMMANDS } from './bpm-command.registry.js';
import { withinData } from './bpm-data.validator.js';
import { UnknownCommandError } from './bpm.errors.js';
import { BpmRequestDto } from './dto/bpm-request.dto.js';
import { Surface } from '../../http/surface/surface.decorator.js';
import { TAGS } from '../../http/openapi/tags.js';
import { DocumentBpmDispatch } from './bpm.openapi.js';

/**
 * The BPM command dispatcher (API.md §3): `commandName` picks the command, `data` is validated
 * against its DTO, the CommandBus runs it. Errors, auth failures included, are rendered in the
 * BPM envelope by the global filter (http/errors/bpm.renderer.ts).
 */
@Controller('api/bpm')
@Surface('bpm')
@ApiTags(TAGS.bpm)
export class BpmController {
  constructor(private readonly gateway: CommandGateway) {}

  @Post('cmd')
  @HttpCode(200)
  @RequireScopes('customers:write')
  // The command is named in the body; its customer is data.contactEncodedKey or data.customerId.
  @CommandRoute({
    source: 'bpm',
    commandName: ({ body }) => memberOf(body, 'commandName'),
    customerId: ({ body }) => {
      const data = memberOf(body, 'data');
      return memberOf(data, 'contactEncodedKey') ?? memberOf(data, 'customerId');
    },
  })
  @DocumentBpmDispatch()
  async dispatch(
    @Body() body: BpmRequestDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<unknown> {
    const entry = BPM_COMMANDS.get(body.commandName);
    if (!entry) throw new UnknownCommandError(body.commandName, [...BPM_COMMANDS.keys()]);
    const command = await entry.build(body.data, commandMetadata(request, 'bpm'));
    try {
      return await this.gateway.execute(reply, command, (outcome: CommandOutcome) => ({
        body: entry.present(outcome),
        headers: { ETag: `"${outcome.state.version}"` },
      }));
    } catch (error) {
      // Handlers name fields as the command does; BPM clients read BPM's names from the body's root.
      throw error instanceof ValidationFailedError ? withinData(error, entry.wireNames) : error;
    }
  }
}
