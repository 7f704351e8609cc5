import { Injectable } from '@nestjs/common';
import { Database, type Transaction } from '@app/persistence';
import type {
  Verification,
  VerifiedAttribute,
} from '../../domain/verification/verification.types.js';
import { VerificationStore } from '../../application/verifications/verification.ports.js';
import { VerificationEntity } from './verification.entity.js';

@Injectable()
export class TypeOrmVerificationStore extends VerificationStore {
  constructor(private readonly db: Database) {
    super();
  }

  load(tx: Transaction, verificationId: string): Promise<Verification | null> {
    return tx.getRepository(VerificationEntity).findOneBy({ verificationId });
  }

  find(verificationId: string): Promise<Verification | null> {
    return this.db.read((manager) => this.load(manager, verificationId));
  }

  async insert(tx: Transaction, verification: Verification): Promise<void> {
    await tx.getRepository(VerificationEntity).insert({ ...verification });
  }

  async update(tx: Transaction, verification: Verification): Promise<void> {
    const { verificationId, status, attemptsRemaining, updatedAt } = verification;
    await tx
      .getRepository(VerificationEntity)
      .update({ verificationId }, { status, attemptsRemaining, updatedAt });
  }

  async supersedePending(
    tx: Transaction,
    customerId: string,
    attribute: VerifiedAttribute,
    now: string,
  ): Promise<void> {
    await tx
      .getRepository(VerificationEntity)
      .update(
        { customerId, attribute, status: 'PENDING' },
        { status: 'SUPERSEDED', updatedAt: now },
      );
  }
}
