import { IsDefined, IsInt, IsString, Length, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';
import { Optional } from './optional.decorator.js';

/** `email` is checked when sent, and also when `mobileNumber` is missing: one of them is required. */
const emailOrMobile = (dto: UpdateContactInfoDto): boolean =>
  dto.email !== undefined || dto.mobileNumber === undefined;

/** `data` of UpdateContactInfoCommand (API.md §3.3, body of §5.1 plus the customer id). */
export class UpdateContactInfoDto {
  @IsCommonId()
  customerId!: string;

  @ValidateIf(emailOrMobile)
  @IsDefined({ message: 'email or mobileNumber is required' })
  @IsString()
  @MaxLength(254)
  email?: string;

  @Optional()
  @IsString()
  @MaxLength(32)
  mobileNumber?: string;

  @Optional()
  @IsString()
  @Length(1, 64)
  verificationId?: string;

  @Optional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
