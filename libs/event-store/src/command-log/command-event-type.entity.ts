import { EntitySchema } from 'typeorm';

/**
 * Which event types each accepted command appended, by arrival: the index the command log's
 * `type` filter pages on (`(type, received_at, command_id)`). Derived from `events` and
 * `command_log` when the command's log row is written (command-log-writer.ts).
 */
export interface CommandEventTypeRow {
  type: string;
  receivedAt: string;
  commandId: string;
}

export const CommandEventTypeEntity = new EntitySchema<CommandEventTypeRow>({
  name: 'CommandEventType',
  tableName: 'command_event_types',
  columns: {
    type: { type: 'varchar', primary: true },
    receivedAt: { name: 'received_at', type: 'varchar', primary: true },
    commandId: { name: 'command_id', type: 'varchar', primary: true },
  },
});
