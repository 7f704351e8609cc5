import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';

export class IdentificationDocumentDto {
  @IsIn(['SSN', 'DRIVING LICENSE', 'PASSPORT'])
  type!: 'SSN' | 'DRIVING LICENSE' | 'PASSPORT';

  @IsString()
  @Length(1, 50)
  value!: string;

  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'issuanceCountryCodeA3 must be an ISO 3166-1 alpha-3 code' })
  issuanceCountryCodeA3!: string;

  @IsOptional()
  @IsString()
  @Length(1, 50)
  issuanceRegion?: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'expiryDate must be YYYY-MM-DD' })
  expiryDate?: string;
}
