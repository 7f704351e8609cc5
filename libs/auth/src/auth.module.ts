import {
  Module,
  type DynamicModule,
  type FactoryProvider,
  type ModuleMetadata,
  type Provider,
} from '@nestjs/common';
import { ApiClientsService } from './api-clients.service.js';
import { AUTH_OPTIONS, type AuthOptions } from './auth-options.js';
import { ScopesGuard } from './scopes.guard.js';
import { SecretHasher } from './secret-hasher.js';
import { TokenService } from './token.service.js';

/** How the application hands over AuthOptions: a value, or a factory with its dependencies. */
export type AuthModuleOptions =
  | { readonly useValue: AuthOptions }
  | {
      readonly useFactory: (...args: never[]) => AuthOptions | Promise<AuthOptions>;
      readonly inject?: FactoryProvider['inject'];
      readonly imports?: ModuleMetadata['imports'];
    };

/**
 * Clients, tokens and the scopes guard. It creates neither `Database` nor `EventStore`: both come
 * from the application's global PersistenceModule. AUTH_OPTIONS comes from `forRoot(options)`, or,
 * when called without options, from a global module of the application. Global itself, so that
 * every adapter module can inject TokenService and ApiClientsService without importing it again.
 */
@Module({})
export class AuthModule {
  static forRoot(options?: AuthModuleOptions): DynamicModule {
    const services: Provider[] = [SecretHasher, ApiClientsService, TokenService, ScopesGuard];
    const exported = [SecretHasher, ApiClientsService, TokenService, ScopesGuard];
    if (!options)
      return { module: AuthModule, global: true, providers: services, exports: exported };
    const provider: Provider =
      'useValue' in options
        ? { provide: AUTH_OPTIONS, useValue: options.useValue }
        : { provide: AUTH_OPTIONS, useFactory: options.useFactory, inject: options.inject ?? [] };
    return {
      module: AuthModule,
      global: true,
      imports: 'imports' in options ? (options.imports ?? []) : [],
      providers: [provider, ...services],
      exports: [...exported, AUTH_OPTIONS],
    };
  }
}
