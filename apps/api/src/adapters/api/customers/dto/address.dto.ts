import { IsIn, IsOptional } from 'class-validator';
import {
  IsCountryCodeA3,
  IsOptionalText50,
  IsRequiredText50,
  IsVendorPostalCode,
} from '../../../../http/validation/vendor-field.decorators.js';

/** connectFi's address item, except that stateCode is any region and postalCode is optional (API.md §6.2). */
export class AddressDto {
  @IsIn(['PRIMARY', 'SECONDARY'])
  type!: 'PRIMARY' | 'SECONDARY';

  @IsRequiredText50()
  addressLine1!: string;

  @IsOptionalText50()
  addressLine2?: string | null;

  @IsRequiredText50()
  city!: string;

  /** Any region, not only connectFi's US codes: the text rule of the other lines. */
  @IsRequiredText50()
  stateCode!: string;

  @IsOptional()
  @IsVendorPostalCode()
  postalCode?: string;

  @IsCountryCodeA3()
  countryCodeA3!: string;
}
