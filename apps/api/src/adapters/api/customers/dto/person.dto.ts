import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCountryCodeA3 } from '../../../../http/validation/vendor-field.decorators.js';
import { AddressDto } from './address.dto.js';
import { IdentificationDocumentDto } from './identification-document.dto.js';
import { PhoneDto } from './phone.dto.js';

const GENDERS = ['M', 'F'] as const;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** connectFi's prose rule for an email; the Email value object checks it further. */
const EMAIL = /^(.+)@(.+)$/;

/** What an individual customer and a business representative share. */
export class PersonDto {
  @ApiProperty({ minLength: 1, maxLength: 50 })
  @IsString()
  @Length(1, 50)
  firstName!: string;

  @ApiProperty({ minLength: 1, maxLength: 50 })
  @IsString()
  @Length(1, 50)
  lastName!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  middleName?: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: (typeof GENDERS)[number];

  @ApiPropertyOptional({ format: 'date', description: 'A real date in the past.' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'dateOfBirth must be YYYY-MM-DD' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ maxLength: 254, pattern: EMAIL.source })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @Matches(EMAIL, { message: 'email must be an email address' })
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsCountryCodeA3()
  citizenshipCountryCodeA3?: string;

  @ApiPropertyOptional({ type: [AddressDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AddressDto)
  addresses?: AddressDto[];

  @ApiPropertyOptional({ type: [PhoneDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PhoneDto)
  phones?: PhoneDto[];

  @ApiPropertyOptional({ type: [IdentificationDocumentDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IdentificationDocumentDto)
  identificationDocuments?: IdentificationDocumentDto[];
}
