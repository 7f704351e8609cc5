import type { SchemaObject } from 'ajv';

/**
 * Replaces every `$ref` to another schema's `$id` by a copy of that schema (without its `$id`,
 * which ajv allows only once per schema), recursively; `#/…` refs stay for ajv to resolve.
 *
 * Why: ajv inlines a `$ref` target only when the target holds no `$ref` of its own, and only an
 * inlined target reports errors under the path that refers to it. connectFi reports a missing
 * address field at `#/definitions/address/required`; with the leaf schemas left as refs, ajv
 * would compile the address on its own and report `#/required`.
 *
 * @throws Error naming a `$ref` no schema in `byId` has, or a `$ref` with sibling keywords
 */
export function inlineIdRefs(
  schema: SchemaObject,
  byId: ReadonlyMap<string, SchemaObject>,
): SchemaObject {
  return inline(schema, byId) as SchemaObject;
}

function inline(node: unknown, byId: ReadonlyMap<string, SchemaObject>): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(item, byId));
  if (node === null || typeof node !== 'object') return node;
  const { $ref, ...siblings } = node as Record<string, unknown>;
  if (typeof $ref === 'string' && !$ref.startsWith('#')) {
    const target = byId.get($ref);
    if (target === undefined) throw new Error(`No schema has the $id "${$ref}"`);
    // Draft-07 ignores keywords beside a $ref; merging them would change what the schema means.
    if (Object.keys(siblings).length > 0) throw new Error(`$ref "${$ref}" has sibling keywords`);
    const { $id: _id, ...body } = target;
    return inline(body, byId);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inline(value, byId)]));
}
