import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCommonId } from '../../../http/validation/vendor-field.decorators.js';

/** `:customerId` of the wallet routes. */
export class CustomerPersonParams {
  @IsCommonId()
  customerId!: string;
}

/** `:customerId/verifications/:verificationId`. */
export class VerificationParams extends CustomerPersonParams {
  @ApiProperty({ minLength: 1, maxLength: 64 })
  @IsString()
  @Length(1, 64)
  verificationId!: string;
}
