import { Injectable, type OnModuleInit } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { SURFACE_METADATA, type SurfaceName } from './surface.decorator.js';
import { SurfaceRoutes, type SurfaceDeclaration } from './surface-routes.js';

type Paths = string | string[] | undefined;

/** The path metadata Nest's @Controller / @Get store: one path, several, or none. */
function pathsOf(target: object): string[] {
  const paths = Reflect.getMetadata(PATH_METADATA, target) as Paths;
  return paths === undefined ? [] : Array.isArray(paths) ? paths : [paths];
}

/**
 * Collects every controller's @Surface declaration at start-up (before the app listens), so the
 * error filter renders each request in its surface's format without a table of its own.
 */
@Injectable()
export class SurfaceRegistry implements OnModuleInit {
  private routes = new SurfaceRoutes([]);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const declarations: SurfaceDeclaration[] = [];
    for (const { metatype } of this.discovery.getControllers()) {
      if (typeof metatype !== 'function') continue;
      const surface = Reflect.getMetadata(SURFACE_METADATA, metatype) as SurfaceName | undefined;
      // A controller that forgot its surface would answer errors in a format its clients cannot parse.
      if (!surface) throw new Error(`${metatype.name} declares no @Surface`);
      const prototype = metatype.prototype as Record<string, unknown>;
      const routePaths = this.scanner
        .getAllMethodNames(prototype)
        .flatMap((name) => pathsOf(prototype[name] as object));
      for (const basePath of pathsOf(metatype)) {
        declarations.push({ basePath, routePaths, surface });
      }
    }
    this.routes = new SurfaceRoutes(declarations);
  }

  surfaceOf(routeUrl: string | undefined, url: string): SurfaceName {
    return this.routes.surfaceOf(routeUrl, url);
  }
}
