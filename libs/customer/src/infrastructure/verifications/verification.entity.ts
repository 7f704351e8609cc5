import { EntitySchema } from 'typeorm';
import type { Verification } from '../../domain/verification/verification.types.js';

export type VerificationRow = { -readonly [K in keyof Verification]: Verification[K] };

export const VerificationEntity = new EntitySchema<VerificationRow>({
  name: 'Verification',
  tableName: 'verifications',
  columns: {
    verificationId: { name: 'verification_id', type: 'varchar', primary: true },
    customerId: { name: 'customer_id', type: 'varchar' },
    flow: { type: 'varchar' },
    attribute: { type: 'varchar' },
    value: { type: 'varchar' },
    valueKey: { name: 'value_key', type: 'varchar' },
    codeHash: { name: 'code_hash', type: 'varchar' },
    status: { type: 'varchar' },
    attemptsRemaining: { name: 'attempts_remaining', type: 'integer' },
    expiresAt: { name: 'expires_at', type: 'varchar' },
    createdAt: { name: 'created_at', type: 'varchar' },
    updatedAt: { name: 'updated_at', type: 'varchar' },
  },
});
