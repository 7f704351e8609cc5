import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { ValidationFailedError } from '@app/core';
import type { DestinationStream } from 'pino';
import { registerCondorDeprecation } from './adapters/connectfi/condor-deprecation.hook.js';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { BODY_LIMIT_BYTES, registerJsonBodyParser } from './http/body/json-body-parser.js';
import { registerReadableTextCheck } from './http/body/unreadable-text.js';
import { registerArrivalTime } from './http/request-arrival.js';
import { registerDrainOnClose } from './http/drain-on-close.js';
import { ServiceMetrics } from './http/metrics/service-metrics.js';
import { registerRequestLog } from './http/request-log.js';
import { requestIdFor } from './http/request-id.js';
import { SurfaceRegistry } from './http/surface/surface.registry.js';
import { sendError } from './http/errors/send-error.js';
import { createValidationPipe } from './http/validation.pipe.js';
import { createLogger } from './http/logger.js';
import { serveApiDocs } from './http/openapi/api-docs.routes.js';
import { buildOpenApiDocument } from './http/openapi/openapi-document.js';

/** Builds the whole application, as `main.ts` serves it and the e2e tests drive it. */
export async function createApp(
  config: AppConfig,
  /** Where the JSON log lines go: stdout unless told otherwise (tests capture them). */
  logDestination?: DestinationStream,
): Promise<NestFastifyApplication> {
  const logger = createLogger(config.logLevel, logDestination);
  // A URL Fastify cannot decode is answered before routing; bound to the surfaces once built.
  let answerBadUrl = (_request: FastifyRequest, reply: FastifyReply): void =>
    void reply.code(400).send();
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: requestIdFor,
    // Fastify answers a longer path parameter with a bare 414 before any hook runs; let the
    // route's own validation refuse an over-long id in its surface's format instead.
    routerOptions: { maxParamLength: 8192 },
    frameworkErrors: (_error: Error, request: FastifyRequest, reply: FastifyReply) =>
      answerBadUrl(request, reply),
    loggerInstance: logger,
    // Our own onResponse hook logs one line per request, without URLs that may carry PII; every
    // line logged for a request names it `requestId`, as the answers' X-Request-Id does.
    logController: new LogController({
      disableRequestLogging: true,
      requestIdLogLabel: 'requestId',
    }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, logger),
    adapter,
    {
      bodyParser: false,
      logger: ['error', 'warn'],
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  registerArrivalTime(fastify);
  registerJsonBodyParser(fastify);
  registerReadableTextCheck(fastify);
  fastify.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  registerDrainOnClose(fastify);
  const surfaces = app.get(SurfaceRegistry);
  answerBadUrl = (request, reply) => {
    reply.header('X-Request-Id', request.id);
    const error = ValidationFailedError.field('url', 'must be percent-encoded UTF-8');
    sendError(error, surfaces.surfaceOf(undefined, request.url), request, reply);
  };
  registerCondorDeprecation(fastify, (routeUrl, url) => surfaces.surfaceOf(routeUrl, url));
  registerRequestLog(fastify, app.get(ServiceMetrics));
  app.useGlobalPipes(createValidationPipe());
  // Built once here, from the controllers' metadata, and served as it is (API.md §9).
  serveApiDocs(app, buildOpenApiDocument(app));
  await app.init();
  await fastify.ready();
  return app;
}
