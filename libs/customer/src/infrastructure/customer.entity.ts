import { EntitySchema } from 'typeorm';

/** The customers read model: one row per customer, its whole state as JSON, and its version. */
export interface CustomerRow {
  customerId: string;
  customerType: string;
  reference: string | null;
  version: number;
  state: string;
  createdAt: string;
  updatedAt: string;
}

export const CustomerEntity = new EntitySchema<CustomerRow>({
  name: 'Customer',
  tableName: 'customers',
  columns: {
    customerId: { name: 'customer_id', type: 'varchar', primary: true },
    customerType: { name: 'customer_type', type: 'varchar' },
    reference: { type: 'varchar', nullable: true },
    version: { type: 'integer' },
    state: { type: 'text' },
    createdAt: { name: 'created_at', type: 'varchar' },
    updatedAt: { name: 'updated_at', type: 'varchar' },
  },
});
