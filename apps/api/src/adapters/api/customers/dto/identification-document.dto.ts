import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCountryCodeA3 } from '../../../../http/validation/vendor-field.decorators.js';

export class IdentificationDocumentDto {
  @IsIn(['SSN', 'DRIVING LICENSE', 'PASSPORT'])
  type!: 'SSN' | 'DRIVING LICENSE' | 'PASSPORT';

  @IsString()
  @Length(1, 50)
  value!: string;

  @IsCountryCodeA3()
  issuanceCountryCodeA3!: string;

  @IsOptional()
  @IsString()
  @Length(1, 50)
  issuanceRegion?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiryDate must be YYYY-MM-DD' })
  expiryDate?: string;
}
