import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { ClientsController } from './clients.controller.js';

/**
 * `/auth/get-token` and `/api/clients`. The services come from the global AuthModule, which the
 * application imports once through `AuthModule.forRoot()`.
 */
@Module({ controllers: [AuthController, ClientsController] })
export class AuthAdapterModule {}
