import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The service's database and the baseline's copy of it, fresh for one run. */
export interface BenchDatabases {
  readonly kind: 'sqlite' | 'postgres';
  readonly service: string;
  readonly baseline: string;
  /** Copies the (seeded, closed) service database for the baseline. */
  copyForBaseline(): Promise<void>;
  drop(): Promise<void>;
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** SQLite files in a temporary folder, or two new databases on the PostgreSQL of `url`. */
export async function benchDatabases(url: string | undefined): Promise<BenchDatabases> {
  if (!url?.startsWith('postgres')) {
    const folder = mkdtempSync(join(tmpdir(), 'cct-bench-'));
    const [service, baseline] = [join(folder, 'service.sqlite'), join(folder, 'baseline.sqlite')];
    return {
      kind: 'sqlite',
      service: `sqlite:${service}`,
      baseline: `sqlite:${baseline}`,
      copyForBaseline: () => {
        copyFileSync(service, baseline);
        for (const suffix of ['-wal', '-shm']) {
          if (existsSync(service + suffix)) copyFileSync(service + suffix, baseline + suffix);
        }
        return Promise.resolve();
      },
      drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
    };
  }
  const name = `cct_bench_${Date.now()}`;
  const at = (database: string) => {
    const target = new URL(url);
    target.pathname = `/${database}`;
    return target.toString();
  };
  await admin(url, `CREATE DATABASE ${name}`);
  return {
    kind: 'postgres',
    service: at(name),
    baseline: at(`${name}_b`),
    copyForBaseline: () => admin(url, `CREATE DATABASE ${name}_b TEMPLATE ${name}`),
    drop: async () => {
      await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(url, `DROP DATABASE IF EXISTS ${name}_b WITH (FORCE)`);
    },
  };
}
