type Json = unknown;

/** The value a local JSON pointer (`#/a/b`) names inside `root`. */
function resolvePointer(root: Json, pointer: string): Json {
  const path = pointer
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = root;
  for (const part of path) node = (node as Record<string, Json>)[part];
  if (node === undefined) throw new Error(`${pointer} names nothing`);
  return node;
}

/**
 * `node` with every local `$ref` replaced by what it points at within `root`, recursively: two
 * schemas that say the same thing with their parts in different places become equal.
 */
export function dereference(node: Json, root: Json): Json {
  if (Array.isArray(node)) return node.map((item) => dereference(item, root));
  if (node === null || typeof node !== 'object') return node;
  const { $ref } = node as { $ref?: unknown };
  if (typeof $ref === 'string' && $ref.startsWith('#/')) {
    return dereference(resolvePointer(root, $ref), root);
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, dereference(value, root)]),
  );
}

/**
 * ajv reads the vendor's `nullable: true` as OpenAPI 3.0 meant it (null is also allowed); OpenAPI
 * 3.1 spells that as a type list, which is how the document publishes it.
 */
export function nullableAsTypeList(node: Json): Json {
  if (Array.isArray(node)) return node.map(nullableAsTypeList);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, Json>;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, nullableAsTypeList(value)]),
  );
  return nullable === true ? { ...converted, type: [converted.type, 'null'] } : converted;
}
