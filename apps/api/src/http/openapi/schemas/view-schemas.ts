import type { SchemaObject } from '@nestjs/swagger';
import { ANSWER_SCHEMAS } from './answer.schemas.js';
import { AUDIT_SCHEMAS } from './audit.schemas.js';
import { CUSTOMER_VIEW_SCHEMAS } from './customer-view.schemas.js';

/** The answers the service sends, as components of the document. */
export const VIEW_SCHEMAS = {
  ...CUSTOMER_VIEW_SCHEMAS,
  ...ANSWER_SCHEMAS,
  ...AUDIT_SCHEMAS,
} satisfies Record<string, SchemaObject>;

export type ViewName = keyof typeof VIEW_SCHEMAS;

/** A reference to one of the answers above. */
export const viewRef = (name: ViewName): { $ref: string } => ({
  $ref: `#/components/schemas/${name}`,
});

/** A list answer of API.md §0: `{items, nextCursor?}`. */
export function pageOf(name: ViewName): SchemaObject {
  return {
    type: 'object',
    required: ['items'],
    properties: {
      items: { type: 'array', items: viewRef(name) },
      nextCursor: { type: 'string', description: 'Present when another page follows.' },
    },
  };
}
