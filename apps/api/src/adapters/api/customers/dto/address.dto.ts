import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  IsCountryCodeA3,
  IsOptionalText50,
  IsRequiredText50,
  IsVendorPostalCode,
} from '../../../../http/validation/vendor-field.decorators.js';

const ADDRESS_TYPES = ['PRIMARY', 'SECONDARY'] as const;

/** connectFi's address item, except that stateCode is any region and postalCode is optional (API.md §6.2). */
export class AddressDto {
  @ApiProperty({ enum: ADDRESS_TYPES })
  @IsIn(ADDRESS_TYPES)
  type!: (typeof ADDRESS_TYPES)[number];

  @IsRequiredText50()
  addressLine1!: string;

  @IsOptionalText50()
  addressLine2?: string | null;

  @IsRequiredText50()
  city!: string;

  /** Any region, not only connectFi's US codes: the text rule of the other lines. */
  @ApiProperty({ description: 'Any region, e.g. `PA` or `FCT`.' })
  @IsRequiredText50()
  stateCode!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsVendorPostalCode()
  postalCode?: string;

  @IsCountryCodeA3()
  countryCodeA3!: string;
}
