import { IsDefined, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { Optional } from '../../../http/validation/optional.decorator.js';

/** `email` is checked when sent, and also when `mobileNumber` is missing: one of them is required. */
const emailOrMobile = (dto: ContactInfoDto): boolean =>
  dto.email !== undefined || dto.mobileNumber === undefined;

/** Body of `PATCH /v2/customer-persons/:customerId/contact-info` (API.md §5.1). */
export class ContactInfoDto {
  @ValidateIf(emailOrMobile)
  @IsDefined({ message: 'email or mobileNumber is required' })
  @IsString()
  @MaxLength(254)
  email?: string;

  /** E.164; the value object decides whether it is a possible number. */
  @Optional()
  @IsString()
  @MaxLength(32)
  mobileNumber?: string;

  @Optional()
  @IsString()
  @Length(1, 64)
  verificationId?: string;
}
