import { Controller, Get, Query } from '@nestjs/common';
import { RequireScopes } from '@app/auth';
import {
  CommandLogReader,
  DEFAULT_PAGE_SIZE,
  decodeCommandCursor,
  type AuditPage,
} from '@app/audit';
import type { CommandLogEntry } from '@app/event-store';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { commandFilterOf } from './audit-filter.mapper.js';
import { CommandPageDto } from './dto/audit-filter.dto.js';

/**
 * Every command, accepted, no-op or rejected, in arrival order (API.md §8). The log holds ids,
 * names and codes, no personal data, so there is nothing to mask.
 */
@Controller('api/audit/commands')
@Surface('problem')
@RequireScopes('audit:read')
export class AuditCommandsController {
  constructor(private readonly commands: CommandLogReader) {}

  @Get()
  list(@Query() query: CommandPageDto): Promise<AuditPage<CommandLogEntry>> {
    const after = query.cursor === undefined ? undefined : decodeCommandCursor(query.cursor);
    return this.commands.page(commandFilterOf(query), after, query.limit ?? DEFAULT_PAGE_SIZE);
  }
}
