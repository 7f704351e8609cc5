import { EntitySchema } from 'typeorm';

/** A row of `api_clients`; `scopes` is a JSON array as text, `secretHash` never leaves the service. */
export interface ApiClientRow {
  clientId: string;
  secretHash: string;
  scopes: string;
  disabled: boolean;
  createdAt: string;
  disabledAt: string | null;
}

export const ApiClientEntity = new EntitySchema<ApiClientRow>({
  name: 'ApiClient',
  tableName: 'api_clients',
  columns: {
    clientId: { name: 'client_id', type: 'varchar', primary: true },
    secretHash: { name: 'secret_hash', type: 'varchar' },
    scopes: { type: 'text' },
    disabled: { type: 'boolean', default: false },
    createdAt: { name: 'created_at', type: 'varchar' },
    disabledAt: { name: 'disabled_at', type: 'varchar', nullable: true },
  },
});

/** The entities of this library, for the application's DataSource. */
export const API_CLIENT_ENTITIES = [ApiClientEntity];
