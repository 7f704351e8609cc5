import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCEPTS_CONNECTFI_TOKEN, IS_PUBLIC, REQUIRED_SCOPES, type Scope } from '@app/auth';
import type { ErrorCode } from '@app/core';
import { RATE_LIMITED_METADATA } from '../rate-limit/rate-limited.decorator.js';
import { SURFACE_METADATA, type SurfaceName } from '../surface/surface.decorator.js';
import { ANSWERS_ERRORS } from './answers-errors.decorator.js';

/** What the guards and decorators of one route say about it, read as the guards read it. */
export interface RouteFacts {
  /** The wire format of its errors: its controller's @Surface, as SurfaceRegistry reads it. */
  readonly surface: SurfaceName;
  readonly isPublic: boolean;
  readonly scopes: readonly Scope[];
  readonly acceptsConnectFiToken: boolean;
  /** Counted against a budget of its own besides the per-client write budget. */
  readonly rateLimited: boolean;
  readonly errors: readonly ErrorCode[];
}

/** The operation id of a controller method: `CustomersController_register`. */
export const operationIdOf = (controllerKey: string, methodKey: string): string =>
  `${controllerKey}_${methodKey}`;

function factsOf(reflector: Reflector, controller: object, handler: object): RouteFacts {
  const targets = [handler as () => void, controller as () => void];
  const surface = reflector.get<SurfaceName | undefined>(
    SURFACE_METADATA,
    controller as () => void,
  );
  // SurfaceRegistry refuses to start without one; this runs before it, so it checks too.
  if (!surface) throw new Error(`${(controller as () => void).name} declares no @Surface`);
  return {
    surface,
    isPublic: reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true,
    scopes: reflector.getAllAndMerge<Scope[]>(REQUIRED_SCOPES, targets),
    acceptsConnectFiToken:
      reflector.getAllAndOverride<boolean | undefined>(ACCEPTS_CONNECTFI_TOKEN, targets) === true,
    rateLimited: reflector.get(RATE_LIMITED_METADATA, handler as () => void) !== undefined,
    errors: reflector.get<ErrorCode[] | undefined>(ANSWERS_ERRORS, handler as () => void) ?? [],
  };
}

/**
 * The facts of every controller route by operation id, from the metadata ScopesGuard,
 * RateLimitGuard and @AnswersErrors read, so the document says what the guards enforce.
 */
export function routeFactsOf(app: INestApplication): Map<string, RouteFacts> {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const facts = new Map<string, RouteFacts>();
  for (const { metatype } of app.get(DiscoveryService).getControllers()) {
    if (typeof metatype !== 'function') continue;
    const prototype = metatype.prototype as Record<string, object>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (!handler || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      facts.set(operationIdOf(metatype.name, name), factsOf(reflector, metatype, handler));
    }
  }
  return facts;
}
