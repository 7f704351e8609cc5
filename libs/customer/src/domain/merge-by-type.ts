import { DuplicateTypeError } from './errors/customer.errors.js';
import { sameValue } from './same-value.js';

interface Typed<K extends string> {
  readonly type: K;
}

/** One item type whose stored value a request changes; `from` is null for a new type. */
export interface TypeChange<T, K extends string> {
  readonly type: K;
  readonly from: T | null;
  readonly to: T;
}

/**
 * Two items of one type in one array make the merge ambiguous (API.md §4.1).
 *
 * @throws DuplicateTypeError naming `field`
 */
export function assertUniqueTypes(
  items: readonly Typed<string>[] | undefined,
  kind: 'address' | 'phone',
  field: string,
): void {
  if (!items) return;
  const types = items.map((entry) => entry.type);
  if (new Set(types).size !== types.length) throw new DuplicateTypeError(kind, field);
}

/**
 * What merging `incoming` into `current` by type changes: items equal to the stored one of their
 * type are left out (no-op), and the result follows `order` so that events come out the same
 * way whatever order the request listed them in.
 */
export function changesByType<T extends Typed<K>, K extends string>(
  current: readonly T[],
  incoming: readonly T[],
  order: readonly K[],
): TypeChange<T, K>[] {
  const changes: TypeChange<T, K>[] = [];
  for (const type of order) {
    const to = incoming.find((entry) => entry.type === type);
    if (!to) continue;
    const from = current.find((entry) => entry.type === type) ?? null;
    if (!sameValue(from, to)) changes.push({ type, from, to });
  }
  return changes;
}

/**
 * Puts `entry` in place of the item of `type` (keeping its position), appends it for a new type,
 * or removes the item when `entry` is null.
 */
export function setByType<T extends Typed<string>>(
  list: readonly T[],
  type: T['type'],
  entry: T | null,
): T[] {
  const index = list.findIndex((existing) => existing.type === type);
  if (entry === null) return list.filter((existing) => existing.type !== type);
  if (index < 0) return [...list, entry];
  return list.map((existing, i) => (i === index ? entry : existing));
}

/** The §4.1 merge: each incoming item replaces its type or adds it; types not sent stay. */
export function mergeByType<T extends Typed<string>>(
  list: readonly T[],
  incoming: readonly T[],
): T[] {
  return incoming.reduce<T[]>((merged, entry) => setByType(merged, entry.type, entry), [...list]);
}
