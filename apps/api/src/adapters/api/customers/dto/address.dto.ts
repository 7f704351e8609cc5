import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';

const NO_ANGLE_BRACKETS = /^((?![<>]).)*$/;
const NOT_ONLY_WHITESPACE = /\S/;

/** connectFi's address item, except that stateCode is any region and postalCode is optional (API.md §6.2). */
export class AddressDto {
  @IsIn(['PRIMARY', 'SECONDARY'])
  type!: 'PRIMARY' | 'SECONDARY';

  @IsString()
  @Length(1, 50)
  @Matches(NO_ANGLE_BRACKETS)
  @Matches(NOT_ONLY_WHITESPACE, { message: 'addressLine1 must not be only whitespace' })
  addressLine1!: string;

  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsString()
  @Length(0, 50)
  @Matches(NO_ANGLE_BRACKETS)
  addressLine2?: string | null;

  @IsString()
  @Length(1, 50)
  @Matches(NO_ANGLE_BRACKETS)
  @Matches(NOT_ONLY_WHITESPACE, { message: 'city must not be only whitespace' })
  city!: string;

  @IsString()
  @Length(1, 50)
  @Matches(NO_ANGLE_BRACKETS)
  @Matches(NOT_ONLY_WHITESPACE, { message: 'stateCode must not be only whitespace' })
  stateCode!: string;

  @IsOptional()
  @IsString()
  @Length(5, 10)
  @Matches(/^[0-9a-zA-Z-]+$/)
  postalCode?: string;

  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'countryCodeA3 must be an ISO 3166-1 alpha-3 code' })
  countryCodeA3!: string;
}
