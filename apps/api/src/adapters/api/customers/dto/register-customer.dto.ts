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

export class IndividualCustomerDto extends PersonDto {}

export class BusinessCustomerDto {
  @IsString()
  @Length(1, 100)
  businessName!: string;

  @IsOptional()
  @IsString()
  @Matches(/^\d{9}$/, { message: 'businessFederalEin must be 9 digits' })
  businessFederalEin?: string;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AddressDto)
  businessAddresses?: AddressDto[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PhoneDto)
  businessPhones?: PhoneDto[];
}

export class RepresentativeDto extends PersonDto {
  @IsOptional()
  @IsCommonId()
  id?: string;

  @IsOptional()
  @IsString()
  @Length(1, 50)
  businessRepresentativeType?: string;
}

/** `POST /api/customers`: the customer's shape follows its `customerType`. */
export class RegisterCustomerDto {
  @IsOptional()
  @IsCommonId()
  customerId?: string;

  @IsIn(['individual', 'business'])
  customerType!: 'individual' | 'business';

  @IsOptional()
  @IsString()
  @Length(1, 100)
  reference?: string;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type((options?: TypeHelpOptions) =>
    (options?.object as { customerType?: string } | undefined)?.customerType === 'business'
      ? BusinessCustomerDto
      : IndividualCustomerDto,
  )
  customer!: IndividualCustomerDto | BusinessCustomerDto;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RepresentativeDto)
  businessRepresentatives?: RepresentativeDto[];
}
