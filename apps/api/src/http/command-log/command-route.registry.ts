import { Injectable, RequestMethod, type OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { joinPath } from '../surface/surface-routes.js';
import { COMMAND_ROUTE_METADATA, type CommandRouteSpec } from './command-route.decorator.js';

type Paths = string | string[] | undefined;

function pathsOf(target: object): string[] {
  const paths = Reflect.getMetadata(PATH_METADATA, target) as Paths;
  return paths === undefined ? [] : Array.isArray(paths) ? paths : [paths];
}

/** Every @CommandRoute, by `METHOD /route/:template` as Fastify names the matched route. */
@Injectable()
export class CommandRouteRegistry implements OnModuleInit {
  private readonly routes = new Map<string, CommandRouteSpec>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    for (const { metatype } of this.discovery.getControllers()) {
      if (typeof metatype !== 'function') continue;
      const prototype = metatype.prototype as Record<string, object>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name]!;
        const spec = Reflect.getMetadata(COMMAND_ROUTE_METADATA, handler) as
          CommandRouteSpec | undefined;
        if (!spec) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        for (const base of pathsOf(metatype)) {
          for (const path of pathsOf(handler))
            this.routes.set(`${method} ${joinPath(base, path)}`, spec);
        }
      }
    }
  }

  specOf(method: string, routeUrl: string | undefined): CommandRouteSpec | undefined {
    return routeUrl === undefined ? undefined : this.routes.get(`${method} ${routeUrl}`);
  }
}
