import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AUTH_OPTIONS, AuthModule, ScopesGuard } from '@app/auth';
import { CONTACT_VERIFICATION_POLICY, CustomerModule } from '@app/customer';
import { AuditAdapterModule } from './adapters/api/audit/audit-adapter.module.js';
import { AuthAdapterModule } from './adapters/auth/auth-adapter.module.js';
import { CustomersAdapterModule } from './adapters/api/customers/customers-adapter.module.js';
import { BpmAdapterModule } from './adapters/bpm/bpm-adapter.module.js';
import { HealthController } from './adapters/health/health.controller.js';
import type { AppConfig } from './config/app-config.js';
import { resolveJwtSecret } from './config/jwt-secret.js';
import { AllErrorsFilter } from './http/errors/all-errors.filter.js';
import { SurfaceRegistry } from './http/surface/surface.registry.js';
import { BootstrapClientProvisioner } from './modules/bootstrap-client.provisioner.js';
import { DatabaseModule } from './modules/database.module.js';
import { APP_CONFIG } from './modules/app-config.token.js';

/** Wires the libraries and one adapter module per surface. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DiscoveryModule,
        DatabaseModule.forRoot(config.database),
        AuthModule.forRoot(),
        CustomerModule,
        AuthAdapterModule,
        CustomersAdapterModule,
        BpmAdapterModule,
        AuditAdapterModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CONTACT_VERIFICATION_POLICY, useValue: config.contactVerification },
        {
          provide: AUTH_OPTIONS,
          useFactory: () => ({
            jwtSecret: resolveJwtSecret(config.jwtSecret, config.database),
            tokenTtlSeconds: 3600,
          }),
        },
        { provide: APP_GUARD, useClass: ScopesGuard },
        SurfaceRegistry,
        { provide: APP_FILTER, useClass: AllErrorsFilter },
        BootstrapClientProvisioner,
      ],
      exports: [AUTH_OPTIONS, CONTACT_VERIFICATION_POLICY],
      global: true,
    };
  }
}
