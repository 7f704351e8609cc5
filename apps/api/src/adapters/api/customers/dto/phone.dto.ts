import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  IsVendorDialingCode,
  IsVendorPhoneNumber,
} from '../../../../http/validation/vendor-field.decorators.js';

const PHONE_TYPES = ['MOBILE', 'LANDLINE', 'PRIMARY'] as const;

/** connectFi's phone item: registration input takes connectFi's 6 to 12 digits (API.md §6.2). */
export class PhoneDto {
  @ApiProperty({ enum: PHONE_TYPES })
  @IsIn(PHONE_TYPES)
  type!: (typeof PHONE_TYPES)[number];

  @IsVendorPhoneNumber()
  phoneNumber!: string;

  @ApiPropertyOptional({ example: '01' })
  @IsOptional()
  @IsVendorDialingCode()
  countryDialingCode?: string;
}
