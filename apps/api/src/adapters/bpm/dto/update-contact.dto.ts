import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { Email, MobileNumber, parseCountry } from '@app/customer';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';
import { Optional } from '../../../http/validation/optional.decorator.js';
import { ParsesAs } from '../../../http/validation/parses-as.decorator.js';

/** A bound on free text; the value objects check what the text must look like. */
const TEXT_MAX = 255;

/**
 * `data` of UpdateContactCommand (API.md §3.1): the wire types, and the formats checked by the
 * domain's value objects (ParsesAs) so that one answer lists every failing field.
 */
export class UpdateContactDto {
  @IsCommonId()
  contactEncodedKey!: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  firstName?: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  lastName?: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  middleName?: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @ParsesAs((raw, field) => Email.parse(raw, field))
  emailAddress?: string;

  @Optional()
  @IsString()
  @MaxLength(64)
  @ParsesAs((raw, field) => MobileNumber.fromText(raw, field))
  phoneNumber?: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  address?: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  city?: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  state?: string;

  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @ParsesAs(parseCountry)
  country?: string;

  @Optional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
