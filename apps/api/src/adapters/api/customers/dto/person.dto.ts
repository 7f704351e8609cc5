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

/** What an individual customer and a business representative share. */
export class PersonDto {
  @IsString()
  @Length(1, 50)
  firstName!: string;

  @IsString()
  @Length(1, 50)
  lastName!: string;

  @IsOptional()
  @IsString()
  @Length(1, 50)
  middleName?: string;

  @IsOptional()
  @IsIn(['M', 'F'])
  gender?: 'M' | 'F';

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be YYYY-MM-DD' })
  dateOfBirth?: string;

  @IsOptional()
  @IsString()
  @MaxLength(254)
  @Matches(/^(.+)@(.+)$/, { message: 'email must be an email address' })
  email?: string;

  @IsOptional()
  @IsCountryCodeA3()
  citizenshipCountryCodeA3?: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AddressDto)
  addresses?: AddressDto[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PhoneDto)
  phones?: PhoneDto[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IdentificationDocumentDto)
  identificationDocuments?: IdentificationDocumentDto[];
}
