import { Controller, Get, Param, Query } from '@nestjs/common';
import { CurrentPrincipal, RequireScopes, type Principal } from '@app/auth';
import {
  AuditEventsReader,
  DEFAULT_PAGE_SIZE,
  EventNotFoundError,
  auditEventView,
  decodeEventCursor,
  type AuditEventView,
  type AuditPage,
} from '@app/audit';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { eventFilterOf } from './audit-filter.mapper.js';
import { EventPageDto } from './dto/audit-filter.dto.js';

/** The events of the log, filtered and paged, PII masked without `audit:pii` (API.md §8). */
@Controller('api/audit/events')
@Surface('problem')
@RequireScopes('audit:read')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsReader) {}

  @Get()
  async list(
    @Query() query: EventPageDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditPage<AuditEventView>> {
    const after = query.cursor === undefined ? undefined : decodeEventCursor(query.cursor);
    const page = await this.events.page(
      eventFilterOf(query),
      after,
      query.limit ?? DEFAULT_PAGE_SIZE,
    );
    const seesPii = principal.scopes.includes('audit:pii');
    return { ...page, items: page.items.map((event) => auditEventView(event, seesPii)) };
  }

  @Get(':eventId')
  async get(
    @Param('eventId') eventId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditEventView> {
    const event = await this.events.byId(eventId);
    if (!event) throw new EventNotFoundError(eventId);
    return auditEventView(event, principal.scopes.includes('audit:pii'));
  }
}
