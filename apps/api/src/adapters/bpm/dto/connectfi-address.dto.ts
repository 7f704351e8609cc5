import { IsIn, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { US_STATE_CODES } from './us-state-codes.js';

const NO_ANGLE_BRACKETS = /^((?![<>]).)*$/;
const NOT_ONLY_WHITESPACE = /\S/;
const NO_BRACKETS_MESSAGE = { message: '$property must not contain < or >' };
const NOT_BLANK_MESSAGE = { message: '$property must not be only whitespace' };

/** connectFi's address item as `/customer/update` takes it: US state codes, postal code required. */
export class ConnectFiAddressDto {
  @IsIn(['PRIMARY', 'SECONDARY'])
  type!: 'PRIMARY' | 'SECONDARY';

  @IsString()
  @Length(1, 50)
  @Matches(NO_ANGLE_BRACKETS, NO_BRACKETS_MESSAGE)
  @Matches(NOT_ONLY_WHITESPACE, NOT_BLANK_MESSAGE)
  addressLine1!: string;

  @ValidateIf((_object: object, value: unknown) => value !== null && value !== undefined)
  @IsString()
  @Length(0, 50)
  @Matches(NO_ANGLE_BRACKETS, NO_BRACKETS_MESSAGE)
  addressLine2?: string | null;

  @IsString()
  @Length(1, 50)
  @Matches(NO_ANGLE_BRACKETS, NO_BRACKETS_MESSAGE)
  @Matches(NOT_ONLY_WHITESPACE, NOT_BLANK_MESSAGE)
  city!: string;

  @IsString()
  @Length(5, 10)
  @Matches(/^[0-9a-zA-Z-]+$/, { message: '$property may hold letters, digits and - only' })
  postalCode!: string;

  @IsIn(US_STATE_CODES)
  stateCode!: string;

  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 3166-1 alpha-3 code' })
  countryCodeA3!: string;
}
