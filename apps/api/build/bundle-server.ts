import { renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * Bundles the compiled server (`dist/apps/api/src/main.js`, with tsc's decorator metadata) and
 * its dependencies into one file, `dist/server.js`, which `npm start` runs. Node 20 has no
 * module compile cache, and loading some three thousand files one by one (resolving, reading,
 * compiling each) took about 1.5 s of a 1.8–2.5 s start-up; the bundle starts in about 0.9 s
 * (docs/decisions.md "Performance"). esbuild only joins the JavaScript tsc wrote: it compiles
 * no TypeScript, so nothing is lost of the decorator metadata Nest needs.
 */
const ROOT = resolve(import.meta.dirname, '../../../..');
const DIST = join(ROOT, 'dist');

/**
 * Packages left to Node at run time, from node_modules:
 * - native addons and the drivers TypeORM loads by name (`require(name)`);
 * - swagger-ui-dist, whose assets are served from its own folder (found from its __dirname).
 */
const RUNTIME_PACKAGES = ['better-sqlite3', 'pg', 'swagger-ui-dist'];

/**
 * Optional packages that Nest, Fastify and TypeORM try to load and this service does not install
 * (microservices, other drivers, multipart): left as imports, so that they fail at run time
 * inside the try their callers wrap them in, as they do unbundled.
 */
const uninstalledAreExternal: Plugin = {
  name: 'uninstalled-are-external',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || args.resolveDir === '') return undefined;
      try {
        createRequire(join(args.resolveDir, 'resolving.js')).resolve(args.path);
        return undefined;
      } catch {
        return { path: args.path, external: true };
      }
    });
  },
};

const OUT = join(DIST, 'server.js');

const bundled = await build({
  entryPoints: [join(DIST, 'apps/api/src/main.js')],
  outfile: OUT,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Class and function names stay as written: Nest, the CQRS bus and error codes read them.
  keepNames: true,
  external: RUNTIME_PACKAGES,
  plugins: [uninstalledAreExternal],
  // The CommonJS packages inside an ES module still call `require` for what stays external.
  banner: {
    js: "import { createRequire as createRequireOfBundle } from 'node:module'; const require = createRequireOfBundle(import.meta.url);",
  },
  logLevel: 'warning',
});

// Written beside it, then renamed over it: a server starting meanwhile (test suites build in
// parallel) reads the old file or the new one, never half of one.
const [file] = bundled.outputFiles;
if (!file) throw new Error('esbuild wrote no bundle');
writeFileSync(`${OUT}.${process.pid}.tmp`, file.contents);
renameSync(`${OUT}.${process.pid}.tmp`, OUT);
