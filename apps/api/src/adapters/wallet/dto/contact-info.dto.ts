import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { Email, MobileNumber } from '@app/customer';
import { Optional } from '../../../http/validation/optional.decorator.js';
import { ParsesAs } from '../../../http/validation/parses-as.decorator.js';

/** `email` is checked when sent, and also when `mobileNumber` is missing: one of them is required. */
const emailOrMobile = (dto: ContactInfoDto): boolean =>
  dto.email !== undefined || dto.mobileNumber === undefined;

/** Body of `PATCH /v2/customer-persons/:customerId/contact-info` (API.md §5.1). */
export class ContactInfoDto {
  @ApiPropertyOptional({
    maxLength: 254,
    description: 'The new email; at least one of email and mobileNumber is required.',
    example: 'janice@example.com',
  })
  @ValidateIf(emailOrMobile)
  @IsDefined({ message: 'email or mobileNumber is required' })
  @IsString()
  @MaxLength(254)
  @ParsesAs((raw, field) => Email.parse(raw, field))
  email?: string;

  /** E.164; the value object decides whether it is a possible number. */
  @ApiPropertyOptional({
    maxLength: 32,
    description: 'The new mobile number in E.164, a possible number for its country.',
    example: '+447700900123',
  })
  @Optional()
  @IsString()
  @MaxLength(32)
  @ParsesAs((raw, field) => MobileNumber.fromE164(raw, field))
  mobileNumber?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 64,
    description:
      'A COMPLETED verification of the value; required with CONTACT_VERIFICATION=required.',
  })
  @Optional()
  @IsString()
  @Length(1, 64)
  verificationId?: string;
}
