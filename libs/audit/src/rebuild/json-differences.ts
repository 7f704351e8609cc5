type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function child(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The paths at which two JSON values differ (`customer.phones[0].phoneNumber`), key order
 * ignored: the live read model and a replay may build the same object in another order.
 */
export function jsonDifferences(live: Json, rebuilt: Json, path = ''): string[] {
  if (Array.isArray(live) && Array.isArray(rebuilt)) {
    const length = Math.max(live.length, rebuilt.length);
    return Array.from({ length }, (_, i) =>
      jsonDifferences(live[i], rebuilt[i], child(path, i)),
    ).flat();
  }
  if (isObject(live) && isObject(rebuilt)) {
    const keys = [...new Set([...Object.keys(live), ...Object.keys(rebuilt)])].sort();
    return keys.flatMap((key) => jsonDifferences(live[key], rebuilt[key], child(path, key)));
  }
  return Object.is(live, rebuilt) ? [] : [path];
}
