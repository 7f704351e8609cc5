import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import {
  bpmUpdateCustomerDataSchema,
  condorCustomerUpdateSchema,
  customerUpdateSchema,
} from '../../apps/api/src/adapters/connectfi/schemas/connectfi.schemas.js';
import { ERROR_CATALOG } from '../../apps/api/src/http/errors/error-catalog.js';
import { ERROR_SCHEMA_OF } from '../../apps/api/src/http/openapi/error-schemas.js';
import { buildOpenApiDocument } from '../../apps/api/src/http/openapi/openapi-document.js';
import { SurfaceRegistry } from '../../apps/api/src/http/surface/surface.registry.js';
import { dereference, nullableAsTypeList } from '../support/json-schema-refs.js';
import { servedRoutes } from '../support/served-routes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The Swagger UI's own files: the page's assets, not operations of the service. */
const UI_ASSETS = new Set([
  'GET /docs/',
  'GET /docs/index.html',
  'GET /docs/swagger-ui-init.js',
  'GET /docs/docs/swagger-ui-init.js',
  'GET /docs/LICENSE',
  'GET /docs/*',
]);

/** API.md §0: open without a token. */
const OPEN = [
  '/health',
  '/health/ready',
  '/metrics',
  '/docs',
  '/docs/openapi.json',
  '/auth/get-token',
];
const CONNECTFI_ROUTES = ['/customer/update', '/condor/customer/update'];

interface Operation {
  readonly key: string;
  readonly path: string;
  readonly operation: OperationObject;
}

/** The statuses errors are answered with; readiness's 503 is a probe's report, not an error. */
const ERROR_STATUSES = new Set<number>(Object.values(ERROR_CATALOG).map(({ status }) => status));

const asRouteUrl = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, OperationObject>).map(([method, operation]) => ({
      key: `${method.toUpperCase()} ${asRouteUrl(path)}`,
      path,
      operation,
    })),
  );
}

describe('the OpenAPI document (GET /docs/openapi.json)', () => {
  let t: TestApp;
  let document: OpenAPIObject;
  let operations: Operation[];
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.http.get('/docs/openapi.json').expect(200);
    expect(res.headers['x-request-id']).toBeDefined();
    document = res.body as OpenAPIObject;
    operations = operationsOf(document);
  });
  afterAll(() => t.close());

  it('is OpenAPI 3.1, served without a token', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every route the service serves, and no other', () => {
    const fastify = t.app.getHttpAdapter().getInstance();
    const served = servedRoutes(fastify)
      .map(({ method, url }) => `${method} ${url}`)
      .filter((route) => !UI_ASSETS.has(route));
    expect(operations.map(({ key }) => key).sort()).toEqual([...new Set(served)].sort());
  });

  it('answers every error of an operation in the format of its surface', () => {
    const surfaces = t.app.get(SurfaceRegistry);
    for (const { key, path, operation } of operations) {
      const surface = surfaces.surfaceOf(asRouteUrl(path), path);
      const mediaType = surface === 'problem' ? 'application/problem+json' : 'application/json';
      const statuses = Object.keys(operation.responses);
      expect({ key, success: statuses.some((s) => s.startsWith('2')) }).toEqual({
        key,
        success: true,
      });
      expect({ key, statuses }).toEqual({ key, statuses: expect.arrayContaining(['400', '500']) });
      for (const status of statuses.filter((s) => ERROR_STATUSES.has(Number(s)))) {
        const { content } = operation.responses[status] as ResponseObject;
        expect({ key, status, content: Object.keys(content ?? {}) }).toEqual({
          key,
          status,
          content: [mediaType],
        });
        expect(content?.[mediaType]?.schema).toEqual({
          $ref: `#/components/schemas/${ERROR_SCHEMA_OF[surface]}`,
        });
      }
    }
  });

  it('asks for a token on every route but the open ones, and says which header connectFi takes', () => {
    for (const { key, path, operation } of operations) {
      const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
      const expected = OPEN.includes(path)
        ? []
        : CONNECTFI_ROUTES.includes(path)
          ? ['bearer', 'connectFiToken']
          : ['bearer'];
      expect({ key, schemes }).toEqual({ key, schemes: expected });
    }
    expect(Object.keys(document.components?.securitySchemes ?? {}).sort()).toEqual([
      'bearer',
      'connectFiToken',
    ]);
  });

  it('matches what the guards do: a secured route refuses a request without a token', async () => {
    for (const { key, operation } of operations) {
      if ((operation.security ?? []).length === 0) continue;
      const [method = '', url = ''] = key.split(' ');
      const request = t.http[method.toLowerCase() as 'get' | 'post' | 'patch'](
        url.replace(/:[^/]+/g, 'x'),
      );
      const res = method === 'GET' ? await request : await request.send({});
      expect({ key, status: res.status }).toEqual({ key, status: 401 });
    }
  });

  it('publishes the connectFi request schemas ajv compiles, from the same files', () => {
    const published = (name: string) => dereference(document.components?.schemas?.[name], document);
    const compiled = (schema: object) => {
      const { $id: _id, ...body } = schema as Record<string, unknown>;
      return nullableAsTypeList(dereference(body, body));
    };
    expect(published('customer-update')).toEqual(compiled(customerUpdateSchema));
    expect(published('condor-customer-update')).toEqual(compiled(condorCustomerUpdateSchema));
    expect(published('bpm-update-customer-data')).toEqual(compiled(bpmUpdateCustomerDataSchema));
    const body = (path: string) =>
      document.paths[path]?.post?.requestBody as { content: Record<string, { schema: object }> };
    expect(body('/customer/update').content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/customer-update',
    });
  });

  it('is built once at start-up, in well under a second', () => {
    const started = performance.now();
    buildOpenApiDocument(t.app);
    const took = Math.round(performance.now() - started);
    process.stdout.write(
      `\nOpenAPI document: built in ${took} ms, ${operations.length} operations\n`,
    );
    expect(took).toBeLessThan(1000);
  });
});
