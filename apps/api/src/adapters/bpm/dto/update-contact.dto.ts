import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty({ description: 'The customer id.' })
  @IsCommonId()
  contactEncodedKey!: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  firstName?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  lastName?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  middleName?: string;

  @ApiPropertyOptional({
    maxLength: TEXT_MAX,
    description: 'The new email; unique across customers.',
  })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @ParsesAs((raw, field) => Email.parse(raw, field))
  emailAddress?: string;

  @ApiPropertyOptional({
    maxLength: 64,
    description:
      'The MOBILE number as people type it: `+234 987 654 3210`, or digits without a dialing code.',
  })
  @Optional()
  @IsString()
  @MaxLength(64)
  @ParsesAs((raw, field) => MobileNumber.fromText(raw, field))
  phoneNumber?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: 'Line 1 of the PRIMARY address.' })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  address?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  city?: string;

  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: 'Any region, e.g. `FCT`.' })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  state?: string;

  @ApiPropertyOptional({
    maxLength: TEXT_MAX,
    description: 'ISO alpha-3 or alpha-2 code, or an English name: `NGA`, `NG`, `Nigeria`.',
  })
  @Optional()
  @IsString()
  @MaxLength(TEXT_MAX)
  @ParsesAs(parseCountry)
  country?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'A mismatch is CBS_409.' })
  @Optional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
