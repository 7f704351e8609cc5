import type { INestApplication } from '@nestjs/common';
import {
  DocumentBuilder,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
} from '@nestjs/swagger';
import { DOCS_FACTS, DOCS_PATHS } from './api-docs.routes.js';
import { errorSchemaComponents } from './error-schemas.js';
import { BEARER, CONNECTFI_TOKEN, applyConventions } from './operation-conventions.js';
import { operationIdOf, routeFactsOf } from './route-facts.js';
import { VIEW_SCHEMAS } from './schemas/view-schemas.js';
import { TAG_DESCRIPTIONS } from './tags.js';
import { DOCUMENTED_MODELS } from './documented-models.js';
import { vendorSchemaComponents } from './vendor-schema.components.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const DESCRIPTION = `One service, four wire formats: the BPM command dispatcher, connectFi's
\`/customer/update\` and the deprecated condor route, the B2B wallet (\`/v2\`) and our own REST
surface (\`/api\`). Each surface answers errors in its own format (BPM envelope, connectFi
\`{code, message | context, requestId}\`, RFC 9457 problem+json). Every answer carries
\`X-Request-Id\`; times are ISO 8601 UTC with milliseconds.`;

function baseDocument(): Omit<OpenAPIObject, 'paths'> {
  const builder = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Customer Contact Service')
    .setDescription(DESCRIPTION)
    .setVersion('0.1.0')
    // Relative: the document describes whichever instance serves it.
    .addServer('/')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'From POST /auth/get-token.',
      },
      BEARER,
    )
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'x-connectfi-token', description: 'The same token.' },
      CONNECTFI_TOKEN,
    );
  for (const [name, description] of TAG_DESCRIPTIONS) builder.addTag(name, description);
  const base = builder.build();
  // Added before the scan, so SwaggerModule's OpenAPI 3.1 conversion (`nullable` → a type
  // array) treats them like every other schema.
  const schemas = { ...vendorSchemaComponents(), ...errorSchemaComponents(), ...VIEW_SCHEMAS };
  return { ...base, components: { ...base.components, schemas } };
}

/**
 * The OpenAPI 3.1 document of every route, built from the controllers' metadata: SwaggerModule
 * reads routes, DTOs and the @Api* decorators; then each operation gets what the guards, the
 * surfaces and the error catalog make true of it (operation-conventions.ts). Built once, at
 * start-up; a route whose facts cannot be found stops the start rather than being guessed.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(app, baseDocument(), {
    operationIdFactory: operationIdOf,
    extraModels: DOCUMENTED_MODELS,
  });
  document.paths = { ...document.paths, ...structuredClone(DOCS_PATHS) };
  const facts = new Map([...routeFactsOf(app), ...DOCS_FACTS]);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation: OperationObject | undefined = item[method];
      if (!operation) continue;
      const routeFacts = facts.get(operation.operationId ?? '');
      if (!routeFacts) throw new Error(`No route facts for ${method.toUpperCase()} ${path}`);
      applyConventions(operation, method, routeFacts);
    }
  }
  return document;
}
