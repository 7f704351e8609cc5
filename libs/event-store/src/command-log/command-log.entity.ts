import { EntitySchema } from 'typeorm';

export interface CommandLogRow {
  commandId: string;
  commandName: string;
  source: string;
  actorClientId: string | null;
  customerId: string | null;
  outcome: string;
  errorCode: string | null;
  requestId: string;
  receivedAt: string;
  durationMs: number;
}

export const CommandLogEntity = new EntitySchema<CommandLogRow>({
  name: 'CommandLog',
  tableName: 'command_log',
  columns: {
    commandId: { name: 'command_id', type: 'varchar', primary: true },
    commandName: { name: 'command_name', type: 'varchar' },
    source: { type: 'varchar' },
    actorClientId: { name: 'actor_client_id', type: 'varchar', nullable: true },
    customerId: { name: 'customer_id', type: 'varchar', nullable: true },
    outcome: { type: 'varchar' },
    errorCode: { name: 'error_code', type: 'varchar', nullable: true },
    requestId: { name: 'request_id', type: 'varchar' },
    receivedAt: { name: 'received_at', type: 'varchar' },
    durationMs: { name: 'duration_ms', type: 'integer' },
  },
});
