import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';
import { ContactInfoDto } from '../../wallet/dto/contact-info.dto.js';
import { Optional } from '../../../http/validation/optional.decorator.js';

/** `data` of UpdateContactInfoCommand (API.md §3.3): the body of §5.1 plus the customer id. */
export class UpdateContactInfoDto extends ContactInfoDto {
  @IsCommonId()
  customerId!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'A mismatch is CBS_409.' })
  @Optional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
