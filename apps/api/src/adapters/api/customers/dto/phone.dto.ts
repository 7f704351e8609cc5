import { IsIn, IsOptional } from 'class-validator';
import {
  IsVendorDialingCode,
  IsVendorPhoneNumber,
} from '../../../../http/validation/vendor-field.decorators.js';

/** connectFi's phone item: registration input takes connectFi's 6 to 12 digits (API.md §6.2). */
export class PhoneDto {
  @IsIn(['MOBILE', 'LANDLINE', 'PRIMARY'])
  type!: 'MOBILE' | 'LANDLINE' | 'PRIMARY';

  @IsVendorPhoneNumber()
  phoneNumber!: string;

  @IsOptional()
  @IsVendorDialingCode()
  countryDialingCode?: string;
}
