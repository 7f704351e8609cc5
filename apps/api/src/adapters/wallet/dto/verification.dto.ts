import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

/** Body of `POST /v2/customer-persons/:customerId/verifications` (API.md §5.2). */
export class InitiateVerificationDto {
  @IsIn(['WALLET_UPDATE'])
  flow!: 'WALLET_UPDATE';

  @IsIn(['email', 'mobile'])
  attribute!: 'email' | 'mobile';

  /** The new email, or the new mobile number in E.164. */
  @IsString()
  @MaxLength(254)
  value!: string;
}

/** Body of `POST …/verifications/:verificationId/attempts`: the code that was sent. */
export class VerificationAttemptDto {
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits that were sent' })
  code!: string;
}
