import { joinPath, SurfaceRoutes } from './surface-routes.js';

const routes = new SurfaceRoutes([
  { basePath: 'api/bpm', routePaths: ['cmd'], surface: 'bpm' },
  { basePath: 'customer', routePaths: ['update'], surface: 'connectfi' },
  { basePath: 'api/customers', routePaths: ['/', ':customerId'], surface: 'problem' },
  { basePath: 'auth', routePaths: ['get-token'], surface: 'connectfi' },
]);

describe('SurfaceRoutes', () => {
  it('joins controller and route paths as Fastify spells route URLs', () => {
    expect(joinPath('api/bpm', 'cmd')).toBe('/api/bpm/cmd');
    expect(joinPath('/api/customers/', '/')).toBe('/api/customers');
    expect(joinPath('api/customers', ':customerId')).toBe('/api/customers/:customerId');
  });

  it('finds a routed request by its route template', () => {
    expect(routes.surfaceOf('/api/bpm/cmd', '/api/bpm/cmd?x=1')).toBe('bpm');
    expect(routes.surfaceOf('/customer/update', '/customer/update')).toBe('connectfi');
    expect(routes.surfaceOf('/api/customers/:customerId', '/api/customers/abc')).toBe('problem');
  });

  it('finds an unrouted request by the longest base path it falls under', () => {
    expect(routes.surfaceOf(undefined, '/api/bpm/cmd/extra')).toBe('bpm');
    expect(routes.surfaceOf(undefined, '/api/bpm?x=1')).toBe('bpm');
    expect(routes.surfaceOf(undefined, '/customer/delete')).toBe('connectfi');
    expect(routes.surfaceOf(undefined, '/auth/other')).toBe('connectfi');
  });

  it('matches base paths on whole segments and answers problem+json for everything else', () => {
    expect(routes.surfaceOf(undefined, '/customer-persons/1')).toBe('problem');
    expect(routes.surfaceOf(undefined, '/api/bpmx')).toBe('problem');
    expect(routes.surfaceOf(undefined, '/nowhere')).toBe('problem');
    expect(routes.surfaceOf(undefined, '/')).toBe('problem');
  });
});
