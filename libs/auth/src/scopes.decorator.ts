import { SetMetadata } from '@nestjs/common';
import type { Scope } from './scopes.js';

export const REQUIRED_SCOPES = 'auth:required-scopes';
export const ACCEPTS_CONNECTFI_TOKEN = 'auth:accepts-connectfi-token';

/**
 * The token must carry every listed scope. On a controller and a route both, the lists add up:
 * the route needs the union.
 */
export const RequireScopes = (...scopes: Scope[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_SCOPES, scopes);

/** The route also reads the token from `x-connectfi-token` (the connectFi surfaces, API.md §0). */
export const AcceptsConnectFiToken = (): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCEPTS_CONNECTFI_TOKEN, true);
