import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@app/core';
import { extractToken, missingScopes } from './access-rules.js';
import type { AuthenticatedRequest } from './principal.js';
import { IS_PUBLIC } from './public.decorator.js';
import { ACCEPTS_CONNECTFI_TOKEN, REQUIRED_SCOPES } from './scopes.decorator.js';
import type { Scope } from './scopes.js';
import { TokenService } from './token.service.js';

/**
 * The global guard (registered as APP_GUARD): every route needs a valid token unless marked
 * @Public, and the scopes of @RequireScopes. It only throws domain errors; the exception filter of
 * the route's surface renders them, so the guard never touches the response.
 */
@Injectable()
export class ScopesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const acceptsConnectFi = this.reflector.getAllAndOverride<boolean | undefined>(
      ACCEPTS_CONNECTFI_TOKEN,
      targets,
    );
    const token = extractToken(request.headers, acceptsConnectFi === true);
    if (!token) throw new UnauthenticatedError();
    const principal = await this.tokens.verify(token);
    request.principal = principal;
    const required = this.reflector.getAllAndMerge<Scope[]>(REQUIRED_SCOPES, targets);
    const missing = missingScopes(required, principal.scopes);
    if (missing.length > 0) throw new ForbiddenError(missing);
    return true;
  }
}
