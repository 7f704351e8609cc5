import { Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { Database, type Transaction } from '@app/persistence';
import {
  ContactClaimsStore,
  type ContactClaim,
  type ReservedContactsPage,
} from '../application/ports/contact-claims.store.js';
import { ContactClaimEntity } from './contact-claim.entity.js';

@Injectable()
export class TypeOrmContactClaimsStore extends ContactClaimsStore {
  constructor(private readonly db: Database) {
    super();
  }

  async claimOf(tx: Transaction, contactKey: string): Promise<ContactClaim | null> {
    const claim = await tx.getRepository(ContactClaimEntity).findOneBy({ contactKey });
    return claim
      ? { customerId: claim.customerId, value: claim.value, status: claim.status }
      : null;
  }

  async release(tx: Transaction, contactKey: string): Promise<boolean> {
    // Conditional, so that a value its holder took back in the meantime stays theirs.
    const result = await tx
      .getRepository(ContactClaimEntity)
      .delete({ contactKey, status: 'removed' });
    return (result.affected ?? 0) > 0;
  }

  /** Keyset pages on the contact key (the cursor), so a long list stays cheap to walk. */
  async listReserved(filter: {
    readonly customerId?: string;
    readonly after?: string;
    readonly limit: number;
  }): Promise<ReservedContactsPage> {
    const rows = await this.db.read((m) =>
      m.getRepository(ContactClaimEntity).find({
        where: {
          status: 'removed',
          ...(filter.customerId ? { customerId: filter.customerId } : {}),
          ...(filter.after ? { contactKey: MoreThan(filter.after) } : {}),
        },
        order: { contactKey: 'ASC' },
        take: filter.limit + 1,
      }),
    );
    const page = rows.slice(0, filter.limit);
    const items = page.map(({ kind, value, customerId, removedAt }) => ({
      kind,
      value,
      customerId,
      removedAt: removedAt ?? '',
    }));
    const last = page.at(-1);
    return rows.length > filter.limit && last ? { items, nextCursor: last.contactKey } : { items };
  }
}
