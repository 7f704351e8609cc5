import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequireScopes, type Principal } from '@app/auth';
import {
  AuditEventsReader,
  DEFAULT_PAGE_SIZE,
  EventNotFoundError,
  auditEventView,
  decodeEventCursor,
  storedLineOf,
  storedPageBuffer,
  type AuditEventView,
} from '@app/audit';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { AnswersErrors } from '../../../http/openapi/answers-errors.decorator.js';
import { Answers } from '../../../http/openapi/documented-answer.decorators.js';
import { TAGS } from '../../../http/openapi/tags.js';
import { pageOf, viewRef } from '../../../http/openapi/schemas/view-schemas.js';
import { eventFilterOf } from './audit-filter.mapper.js';
import { EventPageDto } from './dto/audit-filter.dto.js';

/** The events of the log, filtered and paged, PII masked without `audit:pii` (API.md §8). */
@Controller('api/audit/events')
@Surface('problem')
@RequireScopes('audit:read')
@ApiTags(TAGS.audit)
export class AuditEventsController {
  constructor(private readonly events: AuditEventsReader) {}

  /** The page is written from the rows' stored text: the same JSON as auditEventView's. */
  @Get()
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOperation({ summary: 'The events of the log, filtered, oldest first' })
  @Answers(200, 'A page of events; PII masked without `audit:pii`.', pageOf('AuditEvent'))
  async list(
    @Query() query: EventPageDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Buffer> {
    const after = query.cursor === undefined ? undefined : decodeEventCursor(query.cursor);
    const page = await this.events.page(
      eventFilterOf(query),
      after,
      query.limit ?? DEFAULT_PAGE_SIZE,
    );
    const seesPii = principal.scopes.includes('audit:pii');
    const lines = page.items.map((row) => storedLineOf(row, seesPii));
    return storedPageBuffer(lines, page.nextCursor);
  }

  @Get(':eventId')
  @ApiOperation({ summary: 'One event' })
  @Answers(200, 'The event; PII masked without `audit:pii`.', viewRef('AuditEvent'))
  @AnswersErrors('EVENT_NOT_FOUND')
  async get(
    @Param('eventId') eventId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AuditEventView> {
    const event = await this.events.byId(eventId);
    if (!event) throw new EventNotFoundError(eventId);
    return auditEventView(event, principal.scopes.includes('audit:pii'));
  }
}
