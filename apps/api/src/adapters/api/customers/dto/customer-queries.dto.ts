import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsInstant } from '../../../../http/validation/is-instant.validator.js';

/** `GET /api/customers?email=…` or `?mobileNumber=…` (E.164). */
export class CustomerLookupDto {
  @ApiPropertyOptional({ maxLength: 254, description: 'Compared case-insensitively.' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  /** E.164; the value object checks it, as it checks the wallet's. */
  @ApiPropertyOptional({ maxLength: 32, description: 'E.164.', example: '+447700900123' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  mobileNumber?: string;
}

/** `?version=N` or `?asOf=<time>` on a customer read. */
export class PointInTimeDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'The view at that version (scope `audit:read`).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'The view as it was then: a date, or a date-time with a zone (`audit:read`).',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

const HISTORY_CURSOR = /^\d{1,10}$/;

export class HistoryPageDto {
  @ApiPropertyOptional({ pattern: HISTORY_CURSOR.source, description: '`nextCursor` of a page.' })
  @IsOptional()
  @Matches(HISTORY_CURSOR, { message: 'cursor must be a cursor from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
