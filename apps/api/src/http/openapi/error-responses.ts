import { ERROR_CODES, type ErrorCode } from '@app/core';
import type { HeaderObject, ResponseObject } from '@nestjs/swagger';
import { ERROR_CATALOG } from '../errors/error-catalog.js';
import type { RenderedError } from '../errors/rendered-error.js';
import type { SurfaceName } from '../surface/surface.decorator.js';
import { renderedExample } from './error-examples.js';
import { ERROR_SCHEMA_OF } from './error-schemas.js';

const RETRY_AFTER: HeaderObject = {
  description: 'Seconds to wait before retrying.',
  schema: { type: 'integer', minimum: 1 },
};

/** Codes in the catalog's order, each once. */
function catalogOrder(codes: readonly ErrorCode[]): ErrorCode[] {
  return ERROR_CODES.filter((code) => codes.includes(code));
}

/** One status's answer: the surface's error body, with one rendered example per code. */
function responseOf(surface: SurfaceName, rendered: ReadonlyArray<[ErrorCode, RenderedError]>) {
  const [, first] = rendered[0]!;
  const retries = rendered.some(([, example]) => 'Retry-After' in example.headers);
  const response: ResponseObject = {
    description: rendered.map(([code]) => code).join(', '),
    ...(retries ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
    content: {
      [first.contentType]: {
        schema: { $ref: `#/components/schemas/${ERROR_SCHEMA_OF[surface]}` },
        examples: Object.fromEntries(
          rendered.map(([code, example]) => [
            code,
            { summary: ERROR_CATALOG[code].title, value: example.body },
          ]),
        ),
      },
    },
  };
  return response;
}

/**
 * The error answers of one operation in its surface's wire format, grouped by the status each
 * code gets on that surface (BPM answers a version conflict 409 where REST answers 412). Status,
 * headers and bodies come from the surface's renderer and the error catalog, never from the route.
 */
export function errorResponses(
  surface: SurfaceName,
  codes: readonly ErrorCode[],
): Record<string, ResponseObject> {
  const byStatus = new Map<number, Array<[ErrorCode, RenderedError]>>();
  for (const code of catalogOrder(codes)) {
    const rendered = renderedExample(code, surface);
    byStatus.set(rendered.status, [...(byStatus.get(rendered.status) ?? []), [code, rendered]]);
  }
  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => [String(status), responseOf(surface, byStatus.get(status)!)]),
  );
}
