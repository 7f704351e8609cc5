import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';

/** Body of `POST /api/ops/contacts/release` (API.md §7). */
export class ReleaseContactDto {
  @IsIn(['email', 'mobile'])
  kind!: 'email' | 'mobile';

  /** An email, or a mobile number in E.164. */
  @IsString()
  @MaxLength(254)
  value!: string;
}

/** `GET /api/ops/contacts?status=removed[&customerId=]`. */
export class ReservedContactsQueryDto {
  @IsIn(['removed'])
  status!: 'removed';

  @IsOptional()
  @IsCommonId()
  customerId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
