import fc from 'fast-check';

/** The body with one member, at any depth, replaced by an arbitrary JSON value. */
export function brokenCopyOf(body: object): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    paths.push(path);
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(body, []);
  return fc.tuple(fc.constantFrom(...paths), fc.jsonValue()).map(([path, replacement]) => {
    const copy = structuredClone(body) as Record<string, unknown>;
    if (path.length === 0) return replacement;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
    parent[path[path.length - 1]!] = replacement;
    return copy;
  });
}
