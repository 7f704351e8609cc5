import {
  VerificationCodes,
  VerificationStore,
  type IssuedCode,
  type Verification,
  type VerifiedAttribute,
} from '@app/customer';
import { Outbox, type NewNotification } from '@app/notifications';
import type { Transaction } from '@app/persistence';

/** Verifications in memory, for handler specs. */
export class InMemoryVerificationStore extends VerificationStore {
  readonly rows = new Map<string, Verification>();

  load(_tx: Transaction, verificationId: string): Promise<Verification | null> {
    return this.find(verificationId);
  }

  find(verificationId: string): Promise<Verification | null> {
    return Promise.resolve(this.rows.get(verificationId) ?? null);
  }

  insert(_tx: Transaction, verification: Verification): Promise<void> {
    this.rows.set(verification.verificationId, verification);
    return Promise.resolve();
  }

  update(tx: Transaction, verification: Verification): Promise<void> {
    return this.insert(tx, verification);
  }

  supersedePending(
    _tx: Transaction,
    customerId: string,
    attribute: VerifiedAttribute,
    now: string,
  ): Promise<void> {
    for (const [id, row] of this.rows) {
      if (
        row.customerId === customerId &&
        row.attribute === attribute &&
        row.status === 'PENDING'
      ) {
        this.rows.set(id, { ...row, status: 'SUPERSEDED', updatedAt: now });
      }
    }
    return Promise.resolve();
  }
}

/** Codes a spec can predict: each issued code is the next one of `codes`, hashed as `h:<code>`. */
export class PredictableCodes extends VerificationCodes {
  private issued = 0;

  constructor(private readonly codes: readonly string[] = ['123456', '654321', '111111']) {
    super();
  }

  issue(): IssuedCode {
    const code = this.codes[this.issued++ % this.codes.length]!;
    return { code, hash: `h:${code}` };
  }

  matches(code: string, hash: string): boolean {
    return hash === `h:${code}`;
  }
}

/** The outbox in memory: the messages commands wrote, in order. */
export class InMemoryOutbox extends Outbox {
  readonly messages: NewNotification[] = [];

  add(_tx: Transaction, messages: readonly NewNotification[]): Promise<void> {
    this.messages.push(...messages);
    return Promise.resolve();
  }
}
