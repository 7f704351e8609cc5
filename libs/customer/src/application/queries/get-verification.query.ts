import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { VerificationNotFoundError } from '../../domain/errors/verification.errors.js';
import type { Verification } from '../../domain/verification/verification.types.js';
import { VerificationStore } from '../verifications/verification.ports.js';

/** One verification of one customer. */
export class GetVerificationQuery {
  constructor(
    readonly customerId: string,
    readonly verificationId: string,
  ) {}
}

@QueryHandler(GetVerificationQuery)
export class GetVerificationHandler implements IQueryHandler<GetVerificationQuery, Verification> {
  constructor(private readonly verifications: VerificationStore) {}

  async execute({ customerId, verificationId }: GetVerificationQuery): Promise<Verification> {
    const verification = await this.verifications.find(verificationId);
    if (!verification || verification.customerId !== customerId) {
      throw new VerificationNotFoundError(verificationId);
    }
    return verification;
  }
}
