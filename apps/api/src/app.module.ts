import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AUTH_OPTIONS, AuthModule, ScopesGuard } from '@app/auth';
import type { Logger } from 'pino';
import {
  CONTACT_VERIFICATION_POLICY,
  CustomerModule,
  HmacVerificationCodes,
  maskDigits,
  maskEmail,
  VERIFICATION_TTL_SECONDS,
  VerificationCodes,
} from '@app/customer';
import { NotificationsModule } from '@app/notifications';
import { AuditAdapterModule } from './adapters/api/audit/audit-adapter.module.js';
import { AuthAdapterModule } from './adapters/auth/auth-adapter.module.js';
import { CustomersAdapterModule } from './adapters/api/customers/customers-adapter.module.js';
import { BpmAdapterModule } from './adapters/bpm/bpm-adapter.module.js';
import { WalletAdapterModule } from './adapters/wallet/wallet-adapter.module.js';
import { ConnectFiAdapterModule } from './adapters/connectfi/connectfi-adapter.module.js';
import { HealthModule } from './adapters/health/health.module.js';
import type { AppConfig } from './config/app-config.js';
import { resolveJwtSecret } from './config/jwt-secret.js';
import { AllErrorsFilter } from './http/errors/all-errors.filter.js';
import { IdempotencyModule } from './http/idempotency/idempotency.module.js';
import { RateLimitGuard } from './http/rate-limit/rate-limit.guard.js';
import { RateLimitModule } from './http/rate-limit/rate-limit.module.js';
import { MetricsModule } from './http/metrics/metrics.module.js';
import { SurfaceRegistry } from './http/surface/surface.registry.js';
import { BootstrapClientProvisioner } from './modules/bootstrap-client.provisioner.js';
import { DatabaseModule } from './modules/database.module.js';
import { APP_CONFIG } from './modules/app-config.token.js';

/** A recipient in a log line: an email or a mobile number, masked as audit answers mask them. */
const maskRecipient = (recipient: string): string =>
  recipient.includes('@') ? maskEmail(recipient) : maskDigits(recipient);

/** Wires the libraries and one adapter module per surface. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    const jwtSecret = resolveJwtSecret(config.jwtSecret, config.database);
    return {
      module: AppModule,
      imports: [
        DiscoveryModule,
        DatabaseModule.forRoot(config.database, jwtSecret),
        NotificationsModule.forRoot({
          sink: config.notificationSink,
          logger,
          mask: maskRecipient,
          dispatcher: config.outbox,
        }),
        AuthModule.forRoot(),
        CustomerModule,
        AuthAdapterModule,
        CustomersAdapterModule,
        BpmAdapterModule,
        WalletAdapterModule,
        ConnectFiAdapterModule,
        IdempotencyModule,
        MetricsModule,
        HealthModule.forRoot(config.outboxBacklogLimit),
        RateLimitModule.forRoot(config.rateLimits),
        AuditAdapterModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CONTACT_VERIFICATION_POLICY, useValue: config.contactVerification },
        { provide: VERIFICATION_TTL_SECONDS, useValue: config.verificationTtlSeconds },
        { provide: VerificationCodes, useValue: new HmacVerificationCodes(jwtSecret) },
        {
          provide: AUTH_OPTIONS,
          useValue: {
            jwtSecret,
            tokenTtlSeconds: 3600,
            clientStatusTtlMs: config.clientStatusTtlMs,
          },
        },
        // In this order: the rate limits count per client, so the client must be known.
        { provide: APP_GUARD, useClass: ScopesGuard },
        { provide: APP_GUARD, useExisting: RateLimitGuard },
        SurfaceRegistry,
        { provide: APP_FILTER, useClass: AllErrorsFilter },
        BootstrapClientProvisioner,
      ],
      exports: [
        AUTH_OPTIONS,
        CONTACT_VERIFICATION_POLICY,
        VERIFICATION_TTL_SECONDS,
        VerificationCodes,
        SurfaceRegistry,
      ],
      global: true,
    };
  }
}
