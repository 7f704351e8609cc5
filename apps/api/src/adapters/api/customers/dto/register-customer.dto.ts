import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type, type TypeHelpOptions } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsCommonId } from '../../../../http/validation/vendor-field.decorators.js';
import { AddressDto } from './address.dto.js';
import { PersonDto } from './person.dto.js';
import { PhoneDto } from './phone.dto.js';

const CUSTOMER_TYPES = ['individual', 'business'] as const;
const NINE_DIGITS = /^\d{9}$/;

export class IndividualCustomerDto extends PersonDto {}

export class BusinessCustomerDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  businessName!: string;

  @ApiPropertyOptional({ pattern: NINE_DIGITS.source })
  @IsOptional()
  @IsString()
  @Matches(NINE_DIGITS, { message: 'businessFederalEin must be 9 digits' })
  businessFederalEin?: string;

  @ApiPropertyOptional({ type: [AddressDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AddressDto)
  businessAddresses?: AddressDto[];

  @ApiPropertyOptional({ type: [PhoneDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PhoneDto)
  businessPhones?: PhoneDto[];
}

export class RepresentativeDto extends PersonDto {
  @ApiPropertyOptional({ description: 'Generated (`rep_<ULID>`) when absent.' })
  @IsOptional()
  @IsCommonId()
  id?: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 50, example: 'principal_owner' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  businessRepresentativeType?: string;
}

/** `POST /api/customers`: the customer's shape follows its `customerType`. */
export class RegisterCustomerDto {
  @ApiPropertyOptional({ description: 'Generated (`cst_<ULID>`) when absent.' })
  @IsOptional()
  @IsCommonId()
  customerId?: string;

  @ApiProperty({ enum: CUSTOMER_TYPES })
  @IsIn(CUSTOMER_TYPES)
  customerType!: (typeof CUSTOMER_TYPES)[number];

  @ApiPropertyOptional({ minLength: 1, maxLength: 100 })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  reference?: string;

  @ApiProperty({
    description: 'Its shape follows `customerType`.',
    oneOf: [
      { $ref: getSchemaPath(IndividualCustomerDto) },
      { $ref: getSchemaPath(BusinessCustomerDto) },
    ],
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type((options?: TypeHelpOptions) =>
    (options?.object as { customerType?: string } | undefined)?.customerType === 'business'
      ? BusinessCustomerDto
      : IndividualCustomerDto,
  )
  customer!: IndividualCustomerDto | BusinessCustomerDto;

  @ApiPropertyOptional({ type: [RepresentativeDto], description: 'Business customers only.' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RepresentativeDto)
  businessRepresentatives?: RepresentativeDto[];
}
