import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { AUDIT_SOURCES, COMMAND_OUTCOMES, MAX_PAGE_SIZE, type EventFilter } from '@app/audit';
import { IsInstant } from '../../../../http/validation/is-instant.validator.js';
import { IsCursor } from './is-cursor.validator.js';

/** A page size from the query string: 1–500, the default (100) when absent. */
const PageSize = () =>
  applyDecorators(
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );

/** The filters every audit list and the export take (API.md §8); every field is optional. */
export class EventFilterDto {
  @IsOptional()
  @IsString()
  @Length(1, 64)
  customerId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  type?: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  clientId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 64)
  commandName?: string;

  @IsOptional()
  @IsIn(AUDIT_SOURCES, { message: `source must be one of ${AUDIT_SOURCES.join(', ')}` })
  source?: EventFilter['source'];

  @IsOptional()
  @IsInstant()
  from?: string;

  @IsOptional()
  @IsInstant()
  to?: string;
}

/** `GET /api/audit/events`: the filters, a cursor and a page size (1–500, default 100). */
export class EventPageDto extends EventFilterDto {
  @IsOptional()
  @IsCursor('events')
  cursor?: string;

  @PageSize()
  limit?: number;
}

/** `GET /api/audit/commands`: the same, plus the outcome; its cursors are the command log's. */
export class CommandPageDto extends EventFilterDto {
  @IsOptional()
  @IsIn(COMMAND_OUTCOMES, { message: `outcome must be one of ${COMMAND_OUTCOMES.join(', ')}` })
  outcome?: (typeof COMMAND_OUTCOMES)[number];

  @IsOptional()
  @IsCursor('commands')
  cursor?: string;

  @PageSize()
  limit?: number;
}
