import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

const ATTRIBUTES = ['email', 'mobile'] as const;
const SIX_DIGITS = /^\d{6}$/;

/** Body of `POST /v2/customer-persons/:customerId/verifications` (API.md §5.2). */
export class InitiateVerificationDto {
  @ApiProperty({ enum: ['WALLET_UPDATE'] })
  @IsIn(['WALLET_UPDATE'])
  flow!: 'WALLET_UPDATE';

  @ApiProperty({ enum: ATTRIBUTES })
  @IsIn(ATTRIBUTES)
  attribute!: (typeof ATTRIBUTES)[number];

  /** The new email, or the new mobile number in E.164. */
  @ApiProperty({ maxLength: 254, description: 'The new email, or mobile number in E.164.' })
  @IsString()
  @MaxLength(254)
  value!: string;
}

/** Body of `POST …/verifications/:verificationId/attempts`: the code that was sent. */
export class VerificationAttemptDto {
  @ApiProperty({ pattern: SIX_DIGITS.source, example: '123456' })
  @IsString()
  @Matches(SIX_DIGITS, { message: 'code must be the 6 digits that were sent' })
  code!: string;
}
