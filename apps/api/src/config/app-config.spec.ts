import { resolve } from 'node:path';
import { readConfig } from './app-config.js';

describe('configuration from the environment', () => {
  it('defaults to 127.0.0.1:3000 and a SQLite file under ./data', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', logLevel: 'info' });
    expect(config.database).toEqual({
      kind: 'sqlite',
      path: resolve('data/customer-contact.sqlite'),
    });
  });

  it('reads sqlite::memory: and postgres URLs', () => {
    expect(readConfig({ DATABASE_URL: 'sqlite::memory:' }).database).toEqual({
      kind: 'sqlite',
      path: ':memory:',
    });
    const url = 'postgres://u@localhost:5432/db';
    expect(readConfig({ DATABASE_URL: url }).database).toEqual({ kind: 'postgres', url });
  });

  it('refuses an unknown database scheme and a bad port', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow('DATABASE_URL');
    expect(() => readConfig({ PORT: '70000' })).toThrow('PORT');
  });

  it('gives the bootstrap client every scope unless BOOTSTRAP_CLIENT_SCOPES names some', () => {
    const all = readConfig({ BOOTSTRAP_CLIENT_ID: 'ops', BOOTSTRAP_CLIENT_SECRET: 's' });
    expect(all.bootstrapClient).toEqual({ clientId: 'ops', secret: 's', scopes: 'all' });
    const some = readConfig({
      BOOTSTRAP_CLIENT_ID: 'ops',
      BOOTSTRAP_CLIENT_SECRET: 's',
      BOOTSTRAP_CLIENT_SCOPES: 'customers:read, audit:read',
    });
    expect(some.bootstrapClient?.scopes).toEqual(['customers:read', 'audit:read']);
  });

  it('refuses a bootstrap client id without a secret', () => {
    expect(() => readConfig({ BOOTSTRAP_CLIENT_ID: 'ops' })).toThrow('go together');
  });
});
