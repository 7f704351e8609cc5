import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ApiClientsService, SCOPES } from '@app/auth';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from './app-config.token.js';

/** Creates the client named by BOOTSTRAP_CLIENT_* at start-up when it does not exist (API.md §2). */
@Injectable()
export class BootstrapClientProvisioner implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clients: ApiClientsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const bootstrap = this.config.bootstrapClient;
    if (!bootstrap) return;
    const scopes = bootstrap.scopes === 'all' ? [...SCOPES] : [...bootstrap.scopes];
    await this.clients.ensureBootstrapClient({
      clientId: bootstrap.clientId,
      secret: bootstrap.secret,
      scopes,
    });
  }
}
