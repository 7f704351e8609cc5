import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireScopes } from '@app/auth';
import {
  CommandLogReader,
  DEFAULT_PAGE_SIZE,
  decodeCommandCursor,
  type AuditPage,
} from '@app/audit';
import type { CommandLogEntry } from '@app/event-store';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { Answers } from '../../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../../http/openapi/tags.js';
import { pageOf } from '../../../http/openapi/schemas/view-schemas.js';
import { commandFilterOf } from './audit-filter.mapper.js';
import { CommandPageDto } from './dto/audit-filter.dto.js';

/**
 * Every command, accepted, no-op or rejected, in arrival order (API.md §8). The log holds ids,
 * names and codes, no personal data, so there is nothing to mask.
 */
@Controller('api/audit/commands')
@Surface('problem')
@RequireScopes('audit:read')
@ApiTags(TAGS.audit)
export class AuditCommandsController {
  constructor(private readonly commands: CommandLogReader) {}

  @Get()
  @ApiOperation({ summary: 'The command log: every command, accepted, no-op or rejected' })
  @Answers(200, 'A page of commands, in arrival order.', pageOf('CommandLogEntry'))
  list(@Query() query: CommandPageDto): Promise<AuditPage<CommandLogEntry>> {
    const after = query.cursor === undefined ? undefined : decodeCommandCursor(query.cursor);
    return this.commands.page(commandFilterOf(query), after, query.limit ?? DEFAULT_PAGE_SIZE);
  }
}
