import type { TestApp } from './test-app.js';

/** A client with a chosen id (so that tests can filter on it) and its bearer token. */
export async function clientWithId(
  t: TestApp,
  clientId: string,
  scopes: readonly string[],
): Promise<string> {
  const admin = await t.tokenFor();
  const created = await t.http
    .post('/api/clients')
    .set('Authorization', `Bearer ${admin}`)
    .send({ clientId, scopes });
  if (created.status !== 201) throw new Error(`client creation failed: ${created.status}`);
  const { clientSecret } = created.body as { clientSecret: string };
  const issued = await t.http.post('/auth/get-token').send({ clientId, clientSecret });
  return (issued.body as { data: { token: string } }).data.token;
}

/** A GET with a bearer token. */
export function getAs(t: TestApp, token: string) {
  return (path: string, query: Record<string, string | number> = {}) =>
    t.http.get(path).query(query).set('Authorization', `Bearer ${token}`);
}

/** The field names a problem+json VALIDATION_FAILED lists. */
export function problemFields(body: unknown): string[] {
  const errors = (body as { errors?: Array<{ field: string }> }).errors ?? [];
  return [...new Set(errors.map((error) => error.field))].sort();
}

/**
 * The items of a list (API.md §0), filtered, followed page after page through `nextCursor`, in
 * order.
 */
export async function everyPage<T>(
  get: ReturnType<typeof getAs>,
  path: string,
  pageSize: number,
  filter: Record<string, string> = {},
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const res = await get(path, { ...filter, limit: pageSize, ...(cursor ? { cursor } : {}) });
    if (res.status !== 200 || res.body.items.length > pageSize) throw new Error('bad page');
    items.push(...(res.body.items as T[]));
    cursor = res.body.nextCursor as string | undefined;
  } while (cursor);
  return items;
}

/** The body of a streamed answer (NDJSON, CSV) as text. */
export function asText(response: unknown, done: (error: Error | null, body: string) => void): void {
  const res = response as NodeJS.ReadableStream; // superagent hands the node response over
  let text = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (text += chunk));
  res.on('end', () => done(null, text));
}
