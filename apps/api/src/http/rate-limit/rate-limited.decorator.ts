import { SetMetadata } from '@nestjs/common';

/** A budget a route counts against besides the per-client budget of every write. */
export type RouteBudget = 'tokens' | 'attempts';

export const RATE_LIMITED_METADATA = 'rateLimitedBy';

/** `tokens`: per client id and address (get-token); `attempts`: per customer in the path. */
export const RateLimited = (budget: RouteBudget): MethodDecorator =>
  SetMetadata(RATE_LIMITED_METADATA, budget);
