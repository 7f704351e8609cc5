import { Controller, Get, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Surface } from './surface.decorator.js';
import { SurfaceRegistry } from './surface.registry.js';

@Controller('api/bpm')
@Surface('bpm')
class BpmLikeController {
  @Post('cmd')
  dispatch(): string {
    return 'ok';
  }
}

@Controller(['customer', 'condor/customer'])
@Surface('connectfi')
class ConnectFiLikeController {
  @Post('update')
  update(): string {
    return 'ok';
  }
}

@Controller('health')
class UndeclaredController {
  @Get()
  alive(): string {
    return 'ok';
  }
}

async function registryFor(controllers: Array<new () => object>): Promise<SurfaceRegistry> {
  const moduleRef = await Test.createTestingModule({
    imports: [DiscoveryModule],
    controllers,
    providers: [SurfaceRegistry],
  }).compile();
  await moduleRef.init();
  return moduleRef.get(SurfaceRegistry);
}

describe('SurfaceRegistry', () => {
  it("reads each controller's @Surface with its paths", async () => {
    const registry = await registryFor([BpmLikeController, ConnectFiLikeController]);
    expect(registry.surfaceOf('/api/bpm/cmd', '/api/bpm/cmd')).toBe('bpm');
    expect(registry.surfaceOf('/condor/customer/update', '/condor/customer/update')).toBe(
      'connectfi',
    );
    expect(registry.surfaceOf(undefined, '/customer/other')).toBe('connectfi');
    expect(registry.surfaceOf(undefined, '/api/customers')).toBe('problem');
  });

  it('refuses to start when a controller declares no surface', async () => {
    await expect(registryFor([BpmLikeController, UndeclaredController])).rejects.toThrow(
      'UndeclaredController declares no @Surface',
    );
  });
});
