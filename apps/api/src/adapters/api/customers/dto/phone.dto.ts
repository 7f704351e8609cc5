import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

/** connectFi's phone item. */
export class PhoneDto {
  @IsIn(['MOBILE', 'LANDLINE', 'PRIMARY'])
  type!: 'MOBILE' | 'LANDLINE' | 'PRIMARY';

  @IsString()
  @Length(6, 12)
  @Matches(/^\d+$/, { message: 'phoneNumber must contain digits only' })
  phoneNumber!: string;

  @IsOptional()
  @IsString()
  @Length(1, 4)
  @Matches(/^\d+$/, { message: 'countryDialingCode must contain digits only' })
  countryDialingCode?: string;
}
