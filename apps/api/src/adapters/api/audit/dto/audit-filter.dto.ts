import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { AUDIT_SOURCES, COMMAND_OUTCOMES, MAX_PAGE_SIZE, type EventFilter } from '@app/audit';
import { IsInstant } from '../../../../http/validation/is-instant.validator.js';
import { IsCursor } from './is-cursor.validator.js';

/** A page size from the query string: 1–500, the default (100) when absent. */
const PageSize = () =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 100 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(MAX_PAGE_SIZE),
  );

/** An ISO 8601 bound of a time window. */
const Instant = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ format: 'date-time', description }),
    IsOptional(),
    IsInstant(),
  );

/** The filters every audit list and the export take (API.md §8); every field is optional. */
export class EventFilterDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 64 })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  customerId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 64, example: 'EmailChanged' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  type?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 100, description: 'The acting client.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  clientId?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 64, example: 'UpdateContactCommand' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  commandName?: string;

  @ApiPropertyOptional({ enum: AUDIT_SOURCES })
  @IsOptional()
  @IsIn(AUDIT_SOURCES, { message: `source must be one of ${AUDIT_SOURCES.join(', ')}` })
  source?: EventFilter['source'];

  @Instant('Inclusive.')
  from?: string;

  @Instant('Exclusive.')
  to?: string;
}

/** `GET /api/audit/events`: the filters, a cursor and a page size (1–500, default 100). */
export class EventPageDto extends EventFilterDto {
  @ApiPropertyOptional({ description: '`nextCursor` of a previous page of events.' })
  @IsOptional()
  @IsCursor('events')
  cursor?: string;

  @PageSize()
  limit?: number;
}

/** `GET /api/audit/commands`: the same, plus the outcome; its cursors are the command log's. */
export class CommandPageDto extends EventFilterDto {
  @ApiPropertyOptional({ enum: COMMAND_OUTCOMES })
  @IsOptional()
  @IsIn(COMMAND_OUTCOMES, { message: `outcome must be one of ${COMMAND_OUTCOMES.join(', ')}` })
  outcome?: (typeof COMMAND_OUTCOMES)[number];

  @ApiPropertyOptional({ description: '`nextCursor` of a previous page of commands.' })
  @IsOptional()
  @IsCursor('commands')
  cursor?: string;

  @PageSize()
  limit?: number;
}
