import { SetMetadata } from '@nestjs/common';
import type { CommandMetadata } from '@app/customer';

/** What a refused request offers to read: its parsed body and its path parameters. */
export interface RefusedRequest {
  readonly body: unknown;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Declares a route that carries a command, so that a request refused before its command ran
 * (its body failed validation) is still in the command log (API.md §8): who tried what, and on
 * which customer when that can be read.
 */
export interface CommandRouteSpec {
  readonly source: CommandMetadata['source'];
  /** The command's name, or how to read it from the request (BPM names it in the body). */
  readonly commandName: string | ((request: RefusedRequest) => unknown);
  /** Where the customer id is, for commands on a customer. */
  readonly customerId?: (request: RefusedRequest) => unknown;
}

export const COMMAND_ROUTE_METADATA = 'commandRoute';

export const CommandRoute = (spec: CommandRouteSpec): MethodDecorator =>
  SetMetadata(COMMAND_ROUTE_METADATA, spec);

/** A member of a JSON object, or undefined for anything else. */
export function memberOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
