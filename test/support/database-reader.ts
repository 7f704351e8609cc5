import Database from 'better-sqlite3';
import pg from 'pg';

/** Plain SQL on a service's database from outside it, as an operator's console would run it. */
export interface DatabaseReader {
  /** `sql` with `?` placeholders, on either database. */
  rows<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Opens the database of a `DATABASE_URL` (a SQLite file or PostgreSQL) beside the service. */
export async function openReader(url: string): Promise<DatabaseReader> {
  if (url.startsWith('sqlite:')) {
    const db = new Database(url.slice('sqlite:'.length), { readonly: true });
    return {
      rows: <T>(sql: string, params: readonly unknown[] = []) =>
        Promise.resolve(db.prepare(sql).all(...params) as T[]),
      close: () => {
        db.close();
        return Promise.resolve();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async rows<T>(sql: string, params: readonly unknown[] = []) {
      let n = 0;
      const numbered = sql.replace(/\?/g, () => `$${++n}`);
      return (await client.query(numbered, [...params])).rows as T[];
    },
    close: () => client.end(),
  };
}

/** Streams whose versions are not exactly 1..n: none in a healthy log. */
export async function versionGaps(reader: DatabaseReader): Promise<string[]> {
  const streams = await reader.rows<{ stream_id: string; n: number; lo: number; hi: number }>(
    'SELECT stream_id, COUNT(*) AS n, MIN(version) AS lo, MAX(version) AS hi FROM events GROUP BY stream_id',
  );
  return streams
    .filter((s) => Number(s.lo) !== 1 || Number(s.hi) !== Number(s.n))
    .map((s) => s.stream_id);
}
