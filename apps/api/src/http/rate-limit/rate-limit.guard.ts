import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { AuthenticatedRequest } from '@app/auth';
import { RATE_LIMITED_METADATA, type RouteBudget } from './rate-limited.decorator.js';
import { ServiceMetrics } from '../metrics/service-metrics.js';
import { RateLimitedError } from './rate-limited.error.js';
import { RATE_LIMITERS, type Budget, type RateLimiters } from './rate-limiters.js';

type Request = FastifyRequest & AuthenticatedRequest;

/** What a request counts against: each budget with the key it is counted under. */
function chargesOf(
  request: Request,
  routeBudget: RouteBudget | undefined,
): Array<[Budget, string]> {
  const charges: Array<[Budget, string]> = [];
  if (['POST', 'PATCH'].includes(request.method) && request.principal) {
    charges.push(['writes', `client:${request.principal.clientId}`]);
  }
  if (routeBudget === 'tokens') {
    const clientId = (request.body as { clientId?: unknown } | undefined)?.clientId;
    charges.push(['tokenAddresses', `ip:${request.ip}`]);
    if (typeof clientId === 'string') charges.push(['tokens', `client:${clientId.slice(0, 100)}`]);
  }
  if (routeBudget === 'attempts') {
    const { customerId } = (request.params ?? {}) as { customerId?: string };
    charges.push(['attempts', `customer:${customerId ?? ''}`]);
  }
  return charges;
}

/**
 * The rate limits (issue "Reliability"): every authenticated write per client, token requests per
 * client id and address, verification attempts per customer. Registered after the scopes guard,
 * so the client is known; a refusal is 429 RATE_LIMITED with Retry-After in the route's format.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(RATE_LIMITERS) private readonly limiters: RateLimiters,
    private readonly reflector: Reflector,
    private readonly metrics: ServiceMetrics,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const routeBudget = this.reflector.get<RouteBudget | undefined>(
      RATE_LIMITED_METADATA,
      context.getHandler(),
    );
    for (const [budget, key] of chargesOf(request, routeBudget)) {
      const refusal = await this.limiters.byBudget[budget].consume(key).then(
        () => undefined,
        (rejection: unknown) => rejection,
      );
      // Anything but a refusal is the store failing past its memory insurance: let the request in.
      if (refusal instanceof RateLimiterRes) {
        this.metrics.rateLimited(budget);
        throw new RateLimitedError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      }
    }
    return true;
  }
}
