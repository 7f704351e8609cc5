import 'reflect-metadata';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthenticatedError } from '@app/core';
import { expectRejection } from '@app/testing';
import type { AuthenticatedRequest, Principal } from './principal.js';
import { Public } from './public.decorator.js';
import { AcceptsConnectFiToken, RequireScopes } from './scopes.decorator.js';
import { ScopesGuard } from './scopes.guard.js';
import type { TokenService } from './token.service.js';

@RequireScopes('customers:read')
class RoutesUnderTest {
  @Public()
  health(): void {}

  plain(): void {}

  @RequireScopes('audit:read')
  audit(): void {}

  @AcceptsConnectFiToken()
  connectFi(): void {}
}

class OpenRoutes {
  any(): void {}
}

const principals: Record<string, Principal> = {
  reader: { clientId: 'reader', scopes: ['customers:read'] },
  auditor: { clientId: 'auditor', scopes: ['customers:read', 'audit:read'] },
};
const tokens = {
  verify: (token: string) =>
    principals[token]
      ? Promise.resolve(principals[token])
      : Promise.reject(new UnauthenticatedError()),
} as unknown as TokenService;
const guard = new ScopesGuard(new Reflector(), tokens);

function contextFor(
  controller: new () => object,
  route: string,
  headers: AuthenticatedRequest['headers'] = {},
): { context: ExecutionContext; request: AuthenticatedRequest } {
  const request: AuthenticatedRequest = { headers };
  const handler = (controller.prototype as Record<string, () => void>)[route];
  const context = {
    getHandler: () => handler,
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('ScopesGuard', () => {
  it('lets a @Public route through without a token and sets no principal', async () => {
    const { context, request } = contextFor(RoutesUnderTest, 'health');
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.principal).toBeUndefined();
  });

  it('refuses a missing token with UnauthenticatedError', async () => {
    await expectRejection(guard.canActivate(contextFor(RoutesUnderTest, 'plain').context), {
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses an invalid token with UnauthenticatedError', async () => {
    const { context } = contextFor(RoutesUnderTest, 'plain', { authorization: 'Bearer forged' });
    await expectRejection(guard.canActivate(context), { code: 'UNAUTHENTICATED' });
  });

  it('requires a valid token on a route with neither @Public nor @RequireScopes', async () => {
    await expectRejection(guard.canActivate(contextFor(OpenRoutes, 'any').context), {
      code: 'UNAUTHENTICATED',
    });
    const { context, request } = contextFor(OpenRoutes, 'any', { authorization: 'Bearer reader' });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.principal).toEqual(principals.reader);
  });

  it('puts the principal on the request when the scopes suffice', async () => {
    const { context, request } = contextFor(RoutesUnderTest, 'audit', {
      authorization: 'Bearer auditor',
    });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.principal).toEqual(principals.auditor);
  });

  it('needs the controller scopes and the route scopes together', async () => {
    const { context } = contextFor(RoutesUnderTest, 'audit', { authorization: 'Bearer reader' });
    await expectRejection(guard.canActivate(context), {
      code: 'FORBIDDEN',
      matching: { requiredScopes: ['audit:read'] },
    });
  });

  it('reads x-connectfi-token only on routes marked @AcceptsConnectFiToken', async () => {
    const headers = { 'x-connectfi-token': 'reader' };
    await expectRejection(
      guard.canActivate(contextFor(RoutesUnderTest, 'plain', headers).context),
      { code: 'UNAUTHENTICATED' },
    );
    await expect(
      guard.canActivate(contextFor(RoutesUnderTest, 'connectFi', headers).context),
    ).resolves.toBe(true);
  });
});
