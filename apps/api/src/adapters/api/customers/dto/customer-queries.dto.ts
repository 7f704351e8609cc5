import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsInstant } from '../../../../http/validation/is-instant.validator.js';

/** `GET /api/customers?email=…` or `?mobileNumber=…` (E.164). */
export class CustomerLookupDto {
  @IsOptional()
  @IsString()
  @MaxLength(254)
  email?: string;

  /** E.164; the value object checks it, as it checks the wallet's. */
  @IsOptional()
  @IsString()
  @MaxLength(32)
  mobileNumber?: string;
}

/** `?version=N` or `?asOf=<time>` on a customer read. */
export class PointInTimeDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class HistoryPageDto {
  @IsOptional()
  @Matches(/^\d{1,10}$/, { message: 'cursor must be a cursor from a previous page' })
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
