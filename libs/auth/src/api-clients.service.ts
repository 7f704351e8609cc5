import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { systemClock, UnauthenticatedError, type Clock } from '@app/core';
import { CommandRunner, EventStore, OpsCommandRunner, type OpsCommand } from '@app/event-store';
import { Database } from '@app/persistence';
import { ApiClientEntity, type ApiClientRow } from './api-client.entity.js';
import { disableClient, insertClient } from './api-client.changes.js';
import { ClientAlreadyExistsError } from './api-client.errors.js';
import {
  CLIENT_ID_PATTERN,
  toApiClient,
  validNewClient,
  type ApiClient,
  type CreatedClient,
} from './api-client.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { ExpiringCache } from './expiring-cache.js';
import { SCOPES, type Scope } from './scopes.js';
import { SecretHasher } from './secret-hasher.js';

/** How long a client's status is trusted when AuthOptions does not say (see there). */
const DEFAULT_STATUS_TTL_MS = 2000;

/** Actor recorded for changes the service makes on its own, such as the bootstrap client. */
export const SYSTEM_ACTOR = 'system';

export interface BootstrapClientConfig {
  readonly clientId: string;
  readonly secret: string;
  readonly scopes: readonly string[] | 'all';
}

/** Who asks for an operations command, through which request, arriving when. */
export type OpsRequester = Omit<OpsCommand, 'commandName'>;

/** API clients: authentication by id and secret, and their administration (API.md §2). */
@Injectable()
export class ApiClientsService {
  private readonly clock: Clock;
  private readonly ops: OpsCommandRunner;
  /** What each client's last status read said, for `findActive` on every request. */
  private readonly statuses = new ExpiringCache<ApiClient | null>(10_000);
  private readonly statusTtlMs: number;

  constructor(
    private readonly db: Database,
    runner: CommandRunner,
    eventStore: EventStore,
    private readonly hasher: SecretHasher,
    @Inject(AUTH_OPTIONS) options: AuthOptions,
  ) {
    this.clock = options.clock ?? systemClock;
    this.statusTtlMs = options.clientStatusTtlMs ?? DEFAULT_STATUS_TTL_MS;
    this.ops = new OpsCommandRunner(runner, eventStore, this.clock);
  }

  /** The client when id and secret match an enabled client; one answer for every failure. */
  async authenticate(clientId: string, secret: string): Promise<ApiClient> {
    const row = await this.findRow(clientId);
    const matches = row
      ? await this.hasher.verify(secret, row.secretHash)
      : await this.hasher.verifyDummy(secret);
    if (!row || !matches || row.disabled)
      throw new UnauthenticatedError('Invalid client credentials');
    return toApiClient(row);
  }

  /**
   * The enabled client of this id, or null; asked on every authenticated request. Reads the
   * status columns only (never the secret hash), and trusts what it read for a short time.
   */
  async findActive(clientId: string): Promise<ApiClient | null> {
    const cached = this.statuses.get(clientId);
    if (cached !== undefined) return cached;
    const row = await this.db.read((m) =>
      m.getRepository(ApiClientEntity).findOne({
        select: { clientId: true, scopes: true, disabled: true, createdAt: true, disabledAt: true },
        where: { clientId },
      }),
    );
    const client = row && !row.disabled ? toApiClient(row) : null;
    this.statuses.set(clientId, client, Date.now() + this.statusTtlMs);
    return client;
  }

  async list(): Promise<ApiClient[]> {
    const rows = await this.db.read((m) =>
      m.getRepository(ApiClientEntity).find({ order: { clientId: 'ASC' } }),
    );
    return rows.map(toApiClient);
  }

  /** Creates a client with a generated secret, returned here and never again; audited as ClientCreated. */
  async create(
    clientId: string,
    scopes: readonly string[],
    requester: OpsRequester,
  ): Promise<CreatedClient> {
    const granted = validNewClient(clientId, scopes);
    const clientSecret = randomBytes(32).toString('base64url');
    return this.insert(clientId, clientSecret, granted, {
      commandName: 'CreateClient',
      ...requester,
    });
  }

  /** Disables a client; its tokens stop working at once. Disabling twice is a no-op. */
  async disable(clientId: string, requester: OpsRequester): Promise<ApiClient> {
    const command = { commandName: 'DisableClient', ...requester };
    const disabled = await this.ops.run(command, (manager) =>
      disableClient(manager, clientId, this.clock.now()),
    );
    // After the commit: a status read before it would otherwise outlive the disabling.
    this.statuses.delete(clientId);
    return disabled;
  }

  /**
   * Creates the configured bootstrap client when absent (an existing one is left as it is, secret
   * included). Audited as ClientCreated with actor `system`, so the ops stream shows every client.
   * Returns whether it was created.
   */
  async ensureBootstrapClient(config: BootstrapClientConfig): Promise<boolean> {
    if (await this.findRow(config.clientId)) return false;
    const scopes =
      config.scopes === 'all' ? [...SCOPES] : validNewClient(config.clientId, config.scopes);
    const command = {
      commandName: 'CreateClient',
      requestId: 'startup',
      actorClientId: SYSTEM_ACTOR,
    };
    try {
      await this.insert(config.clientId, config.secret, scopes, command);
      return true;
    } catch (error) {
      // Another instance starting at the same time created it first.
      if (error instanceof ClientAlreadyExistsError) return false;
      throw error;
    }
  }

  private async insert(
    clientId: string,
    secret: string,
    scopes: Scope[],
    command: OpsCommand,
  ): Promise<CreatedClient> {
    // Hashed before the transaction so the slow KDF never holds the database queue.
    const secretHash = await this.hasher.hash(secret);
    const row: ApiClientRow = {
      clientId,
      secretHash,
      scopes: JSON.stringify(scopes),
      disabled: false,
      createdAt: this.clock.now(),
      disabledAt: null,
    };
    // The command's result is the answer (secret included), so an idempotent replay can give it.
    const created: CreatedClient = { clientId, clientSecret: secret, scopes };
    return this.ops.run(command, async (manager) => ({
      ...(await insertClient(manager, row, scopes)),
      result: created,
    }));
  }

  private findRow(clientId: string): Promise<ApiClientRow | null> {
    // An id that cannot exist is not worth a query; the caller treats it as unknown.
    if (!CLIENT_ID_PATTERN.test(clientId)) return Promise.resolve(null);
    return this.db.read((m) => m.getRepository(ApiClientEntity).findOneBy({ clientId }));
  }
}
