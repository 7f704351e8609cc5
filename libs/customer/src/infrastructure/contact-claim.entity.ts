import { EntitySchema } from 'typeorm';

/**
 * One claimed contact, keyed by its normalised form (`email:<lowercase>`, `mobile:+<cc><number>`):
 * the primary key is what makes a contact belong to one customer at a time, across instances.
 */
export interface ContactClaimRow {
  contactKey: string;
  kind: 'email' | 'mobile';
  value: string;
  customerId: string;
  status: 'active' | 'removed';
  claimedAt: string;
  removedAt: string | null;
}

export const ContactClaimEntity = new EntitySchema<ContactClaimRow>({
  name: 'ContactClaim',
  tableName: 'contact_claims',
  columns: {
    contactKey: { name: 'contact_key', type: 'varchar', primary: true },
    kind: { type: 'varchar' },
    value: { type: 'varchar' },
    customerId: { name: 'customer_id', type: 'varchar' },
    status: { type: 'varchar' },
    claimedAt: { name: 'claimed_at', type: 'varchar' },
    removedAt: { name: 'removed_at', type: 'varchar', nullable: true },
  },
});
