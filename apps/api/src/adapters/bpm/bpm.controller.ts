import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequireScopes } from '@app/auth';
import { ValidationFailedError } from '@app/core';
import type { CommandOutcome, CustomerCommand } from '@app/customer';
import { commandMetadata } from '../../http/command-metadata.factory.js';
import { BPM_COMMANDS } from './bpm-command.registry.js';
import { withinData } from './bpm-data.validator.js';
import { UnknownCommandError } from './bpm.errors.js';
import type { BpmSuccess } from './bpm.presenter.js';
import { BpmRequestDto } from './dto/bpm-request.dto.js';
import { Surface } from '../../http/surface/surface.decorator.js';

/**
 * The BPM command dispatcher (API.md §3): `commandName` picks the command, `data` is validated
 * against its DTO, the CommandBus runs it. Errors, auth failures included, are rendered in the
 * BPM envelope by the global filter (http/errors/bpm.renderer.ts).
 */
@Controller('api/bpm')
@Surface('bpm')
export class BpmController {
  constructor(private readonly commands: CommandBus) {}

  @Post('cmd')
  @HttpCode(200)
  @RequireScopes('customers:write')
  async dispatch(
    @Body() body: BpmRequestDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BpmSuccess> {
    const entry = BPM_COMMANDS.get(body.commandName);
    if (!entry) throw new UnknownCommandError(body.commandName, [...BPM_COMMANDS.keys()]);
    const command = await entry.build(body.data, commandMetadata(request, 'bpm'));
    const outcome = await this.execute(command, entry.wireNames);
    reply.header('ETag', `"${outcome.state.version}"`);
    return entry.present(outcome);
  }

  private async execute(
    command: CustomerCommand,
    wireNames: Readonly<Record<string, string>>,
  ): Promise<CommandOutcome> {
    try {
      return await this.commands.execute<CustomerCommand, CommandOutcome>(command);
    } catch (error) {
      // Handlers name fields as the command does; BPM clients read BPM's names from the body's root.
      throw error instanceof ValidationFailedError ? withinData(error, wireNames) : error;
    }
  }
}
