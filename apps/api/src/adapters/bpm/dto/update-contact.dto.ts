import { IsInt, IsString, MaxLength, Min } from 'class-validator';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';
import { Optional } from '../../../http/validation/optional.decorator.js';

/** A bound on free text; the value objects check what the text must look like. */
const TEXT_MAX = 255;

/** `data` of UpdateContactCommand (API.md §3.1): only the wire types; formats are the domain's. */
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
  emailAddress?: string;

  @Optional()
  @IsString()
  @MaxLength(64)
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
  country?: string;

  @Optional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
