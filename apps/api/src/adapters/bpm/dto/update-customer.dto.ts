import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsInt,
  IsObject,
  Min,
  ValidateNested,
} from 'class-validator';
import { PhoneDto } from '../../api/customers/dto/phone.dto.js';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';
import { ConnectFiAddressDto } from './connectfi-address.dto.js';
import { Optional } from '../../../http/validation/optional.decorator.js';

/** A list of items: present means at least one, each valid (connectFi's `minItems: 1`). */
function ItemsOf(item: () => new () => object): PropertyDecorator {
  return applyDecorators(
    Optional(),
    IsArray(),
    ArrayMinSize(1),
    ValidateNested({ each: true }),
    Type(item),
  );
}

/** connectFi's `customerUpdate` object (which fields suit which customer type is the domain's rule). */
export class CustomerUpdateDto {
  @Optional()
  @IsEmail()
  email?: string;

  @ItemsOf(() => ConnectFiAddressDto)
  addresses?: ConnectFiAddressDto[];

  @ItemsOf(() => PhoneDto)
  phones?: PhoneDto[];

  @ItemsOf(() => ConnectFiAddressDto)
  businessAddresses?: ConnectFiAddressDto[];

  @ItemsOf(() => PhoneDto)
  businessPhones?: PhoneDto[];
}

export class RepresentativeUpdateDto {
  @IsCommonId()
  id!: string;

  @Optional()
  @IsEmail()
  email?: string;

  @ItemsOf(() => ConnectFiAddressDto)
  addresses?: ConnectFiAddressDto[];

  @ItemsOf(() => PhoneDto)
  phones?: PhoneDto[];
}

/**
 * `data` of UpdateCustomerCommand: the body of `POST /customer/update` (API.md §3.2, §4.1) with
 * connectFi's schema rules, plus BPM's optional `expectedVersion`.
 */
export class UpdateCustomerDto {
  @IsCommonId()
  customerId!: string;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerUpdateDto)
  customer!: CustomerUpdateDto;

  @ItemsOf(() => RepresentativeUpdateDto)
  businessRepresentatives?: RepresentativeUpdateDto[];

  @Optional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
