import { applyDecorators } from '@nestjs/common';
import {
  ApiHeader,
  ApiResponse,
  type ExamplesObject,
  type HeaderObject,
  type ReferenceObject,
  type SchemaObject,
} from '@nestjs/swagger';

/** Sent with every answer that shows one customer (API.md §0, concurrency). */
export const ETAG: Record<string, HeaderObject> = {
  ETag: {
    description: '`"<version>"` of the customer; send it back as If-Match.',
    schema: { type: 'string' },
  },
};

/** `If-Match` on the routes that take it (API.md §0): a stale version is 412 versionConflict. */
export const AcceptsIfMatch = (): MethodDecorator =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: '`"<version>"` from an ETag, or `*`; anything else cannot match (412).',
    schema: { type: 'string' },
  });

interface AnswerOptions {
  readonly headers?: Record<string, HeaderObject>;
  readonly examples?: ExamplesObject;
  /** The media type, when not JSON. */
  readonly contentType?: string;
}

/** A success answer: its status, what it means, its body's schema, headers and examples. */
export function Answers(
  status: number,
  description: string,
  schema: SchemaObject | ReferenceObject,
  { headers, examples, contentType = 'application/json' }: AnswerOptions = {},
): MethodDecorator {
  return applyDecorators(
    ApiResponse({
      status,
      description,
      ...(headers ? { headers } : {}),
      content: { [contentType]: { schema, ...(examples ? { examples } : {}) } },
    }),
  );
}
