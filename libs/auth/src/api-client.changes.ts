import type { EntityManager } from 'typeorm';
import { uniqueViolationTable } from '@app/persistence';
import { ApiClientEntity, type ApiClientRow } from './api-client.entity.js';
import { ClientAlreadyExistsError, ClientNotFoundError } from './api-client.errors.js';
import { toApiClient, type ApiClient } from './api-client.js';
import type { OpsOutcome } from '@app/event-store';

/** Inserts a new client's row and records ClientCreated (never with the secret or its hash). */
export async function insertClient(
  manager: EntityManager,
  row: ApiClientRow,
  scopes: readonly string[],
): Promise<OpsOutcome<void>> {
  const repository = manager.getRepository(ApiClientEntity);
  const { clientId } = row;
  if (await repository.existsBy({ clientId })) throw new ClientAlreadyExistsError(clientId);
  try {
    await repository.insert(row);
  } catch (error) {
    // Another instance inserted the same id between the check and the insert (PostgreSQL).
    if (uniqueViolationTable(error) === 'api_clients') throw new ClientAlreadyExistsError(clientId);
    throw error;
  }
  return { result: undefined, events: [{ type: 'ClientCreated', data: { clientId, scopes } }] };
}

/** Marks a client disabled and records ClientDisabled; an already disabled client is a no-op. */
export async function disableClient(
  manager: EntityManager,
  clientId: string,
  disabledAt: string,
): Promise<OpsOutcome<ApiClient>> {
  const repository = manager.getRepository(ApiClientEntity);
  const row = await repository.findOneBy({ clientId });
  if (!row) throw new ClientNotFoundError(clientId);
  if (row.disabled) return { result: toApiClient(row), events: [] };
  // Conditional, so that of two concurrent disables only one records an event.
  const update = await repository.update(
    { clientId, disabled: false },
    { disabled: true, disabledAt },
  );
  if (update.affected === 0) {
    return { result: toApiClient(await repository.findOneByOrFail({ clientId })), events: [] };
  }
  return {
    result: toApiClient({ ...row, disabled: true, disabledAt }),
    events: [{ type: 'ClientDisabled', data: { clientId, disabledAt } }],
  };
}
