import { renameSync, writeFileSync } from 'node:fs';
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
 * What the code itself loads at run time stays in node_modules too: i18n-iso-countries' English
 * names (country.value-object.ts, through createRequire).
 */
const RUNTIME_PACKAGES = ['better-sqlite3', 'pg', 'swagger-ui-dist'];

/**
 * Optional packages that Nest, Fastify and TypeORM try to load and this service does not install
 * (microservices, other drivers, multipart): left as imports, so that they fail at run time
 * inside the try their callers wrap them in, as they do unbundled. Whether a package is
 * installed is asked of esbuild's own resolver (the import's kind and conditions); the build
 * lists what it left out, so that a mistyped import cannot hide among them.
 */
const CHECKING = Symbol('checking');
const leftOut = new Set<string>();
const uninstalledAreExternal: Plugin = {
  name: 'uninstalled-are-external',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === CHECKING || args.path.startsWith('node:')) return undefined;
      const { kind, resolveDir, importer } = args;
      const found = await bundle.resolve(args.path, {
        kind,
        resolveDir,
        importer,
        pluginData: CHECKING,
      });
      if (found.errors.length === 0) return undefined;
      leftOut.add(args.path);
      return { path: args.path, external: true };
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
    js: [
      "import { createRequire as createRequireOfBundle } from 'node:module';",
      'const require = createRequireOfBundle(import.meta.url);',
    ].join(' '),
  },
  logLevel: 'warning',
});

// Written beside it, then renamed over it: a server starting meanwhile (test suites build in
// parallel) reads the old file or the new one, never half of one.
const [file] = bundled.outputFiles;
if (!file) throw new Error('esbuild wrote no bundle');
writeFileSync(`${OUT}.${process.pid}.tmp`, file.contents);
renameSync(`${OUT}.${process.pid}.tmp`, OUT);
process.stdout.write(
  `dist/server.js: not installed, left out: ${[...leftOut].sort().join(', ')}\n`,
);
