import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { API_CLIENT_ENTITIES } from '@app/auth';
import { CUSTOMER_ENTITIES } from '@app/customer';
import { AUDIT_ENTITIES } from '@app/event-store';
import { dataSourceOptions, parseDatabaseUrl } from '@app/persistence';

/**
 * The DataSource for the TypeORM CLI (`npm run typeorm -- migration:show`, `migration:run`,
 * `migration:revert`), from the same DATABASE_URL the service reads. Built first: `npm run build`.
 */
export default new DataSource(
  dataSourceOptions(parseDatabaseUrl(process.env.DATABASE_URL), {
    entities: [...AUDIT_ENTITIES, ...CUSTOMER_ENTITIES, ...API_CLIENT_ENTITIES],
  }),
);
