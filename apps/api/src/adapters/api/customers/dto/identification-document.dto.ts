import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCountryCodeA3 } from '../../../../http/validation/vendor-field.decorators.js';

const DOCUMENT_TYPES = ['SSN', 'DRIVING LICENSE', 'PASSPORT'] as const;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class IdentificationDocumentDto {
  @ApiProperty({ enum: DOCUMENT_TYPES })
  @IsIn(DOCUMENT_TYPES)
  type!: (typeof DOCUMENT_TYPES)[number];

  @ApiProperty({ minLength: 1, maxLength: 50, description: 'Never answered whole for an SSN.' })
  @IsString()
  @Length(1, 50)
  value!: string;

  @IsCountryCodeA3()
  issuanceCountryCodeA3!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  issuanceRegion?: string;

  @ApiPropertyOptional({ format: 'date', pattern: CALENDAR_DATE.source })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'expiryDate must be YYYY-MM-DD' })
  expiryDate?: string;
}
