import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CommandRouteRegistry } from './command-route.registry.js';
import { RefusedCommandLog } from './refused-command.log.js';

/** The command routes and the log of their refused requests, for the global error filter. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [CommandRouteRegistry, RefusedCommandLog],
  exports: [RefusedCommandLog],
})
export class CommandLogHttpModule {}
