import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';

const CONTACT_KINDS = ['email', 'mobile'] as const;

/** Body of `POST /api/ops/contacts/release` (API.md §7). */
export class ReleaseContactDto {
  @ApiProperty({ enum: CONTACT_KINDS })
  @IsIn(CONTACT_KINDS)
  kind!: (typeof CONTACT_KINDS)[number];

  /** An email, or a mobile number in E.164. */
  @ApiProperty({ maxLength: 254, description: 'An email, or a mobile number in E.164.' })
  @IsString()
  @MaxLength(254)
  value!: string;
}

/** `GET /api/ops/contacts?status=removed[&customerId=]`. */
export class ReservedContactsQueryDto {
  @ApiProperty({ enum: ['removed'] })
  @IsIn(['removed'])
  status!: 'removed';

  @ApiPropertyOptional()
  @IsOptional()
  @IsCommonId()
  customerId?: string;

  @ApiPropertyOptional({ maxLength: 500, description: '`nextCursor` of a previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
