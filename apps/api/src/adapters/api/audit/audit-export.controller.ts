import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, RequireScopes, type Principal } from '@app/auth';
import { CONTENT_TYPES, EXPORT_FORMATS, EventExporter, type ExportFormat } from '@app/audit';
import { Surface } from '../../../http/surface/surface.decorator.js';
import { TAGS } from '../../../http/openapi/tags.js';
import { viewRef } from '../../../http/openapi/schemas/view-schemas.js';
import { eventFilterOf } from './audit-filter.mapper.js';
import { EventFilterDto } from './dto/audit-filter.dto.js';

export class ExportQueryDto extends EventFilterDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'ndjson' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format?: ExportFormat;
}

/** One line per event (NDJSON, each as the events list shows it), or CSV (RFC 4180). */
const ExportAnswer = () =>
  ApiResponse({
    status: 200,
    description: 'The events, one per line; CSV has `data` and `metadata` as JSON text.',
    headers: {
      'Content-Disposition': {
        description: '`attachment; filename="audit-events[-<customerId>]-<time>.<format>"`',
        schema: { type: 'string' },
      },
    },
    content: {
      [CONTENT_TYPES.ndjson]: { schema: viewRef('AuditEvent') },
      [CONTENT_TYPES.csv]: { schema: { type: 'string' } },
    },
  });

/** `audit-events[-<customer>]-20261121T103000Z.ndjson`: says what it holds and when it was taken. */
function fileNameOf(query: ExportQueryDto, format: ExportFormat): string {
  const taken = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const customer = query.customerId?.replace(/[^0-9A-Za-z_]/g, '') ?? '';
  return `audit-events${customer ? `-${customer}` : ''}-${taken}.${format}`;
}

/**
 * Streams the matching events as NDJSON (default) or CSV, with the filters of
 * `GET /api/audit/events` (API.md §8), PII masked without `audit:pii`.
 */
@Controller('api/audit/export')
@Surface('problem')
@RequireScopes('audit:read')
@ApiTags(TAGS.audit)
export class AuditExportController {
  constructor(private readonly exporter: EventExporter) {}

  @Get()
  @ApiOperation({ summary: 'Stream the matching events as NDJSON or CSV' })
  @ExportAnswer()
  async export(
    @Query() query: ExportQueryDto,
    @CurrentPrincipal() principal: Principal,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const format = query.format ?? 'ndjson';
    const seesPii = principal.scopes.includes('audit:pii');
    const stream = await this.exporter.export(eventFilterOf(query), format, seesPii);
    reply
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Disposition', `attachment; filename="${fileNameOf(query, format)}"`)
      .header('Cache-Control', 'no-store')
      .send(stream);
  }
}
