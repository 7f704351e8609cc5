import type { INestApplication } from '@nestjs/common';
import { SwaggerModule, type OpenAPIObject, type PathsObject } from '@nestjs/swagger';
import type { RouteFacts } from './route-facts.js';

/** Where the UI and the document are served (API.md §0, §9), open without a token. */
export const DOCS_PATH = '/docs';
export const DOCUMENT_PATH = '/docs/openapi.json';

const OPS_TAG = 'Operations';

/**
 * The two documentation routes, which SwaggerModule registers on Fastify directly rather than
 * through a controller: described here, so that the document lists every route the service has.
 */
export const DOCS_PATHS: PathsObject = {
  [DOCS_PATH]: {
    get: {
      operationId: 'ApiDocs_ui',
      summary: 'This documentation, as an interactive page (works offline)',
      tags: [OPS_TAG],
      responses: {
        '200': {
          description: 'The Swagger UI page; its scripts and styles are served by the service.',
          content: { 'text/html': { schema: { type: 'string' } } },
        },
      },
    },
  },
  [DOCUMENT_PATH]: {
    get: {
      operationId: 'ApiDocs_document',
      summary: 'This OpenAPI 3.1 document',
      tags: [OPS_TAG],
      responses: {
        '200': {
          description: 'The document the UI shows, built once at start-up.',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  },
};

/** Errors of the docs routes are problem+json, as for every path no controller declares. */
const OPEN: RouteFacts = {
  surface: 'problem',
  isPublic: true,
  scopes: [],
  acceptsConnectFiToken: false,
  rateLimited: false,
  errors: [],
};

export const DOCS_FACTS: ReadonlyMap<string, RouteFacts> = new Map([
  ['ApiDocs_ui', OPEN],
  ['ApiDocs_document', OPEN],
]);

/**
 * Serves the UI at /docs and the document at /docs/openapi.json. The UI's scripts and styles come
 * from the installed swagger-ui-dist through @fastify/static, so the page needs no network beyond
 * the service; the online validator badge is switched off for the same reason.
 */
export function serveApiDocs(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: DOCUMENT_PATH,
    raw: ['json'],
    customSiteTitle: 'Customer Contact Service API',
    swaggerOptions: { validatorUrl: null, tryItOutEnabled: false },
  });
}
