// Native ESM jest (run with --experimental-vm-modules); swc keeps decorator metadata for Nest.
const swc = ['@swc/jest', { swcrc: true }];
// @fastify/static (which serves the /docs UI's files) is CommonJS and requires content-disposition,
// an ES module: Node 20.19+ allows that, jest's CommonJS loader does not before Node 24.9. So that
// one package is compiled to CommonJS for the tests.
const esmRequiredFromCjs = ['content-disposition'];
const toCommonJs = ['@swc/jest', { swcrc: false, module: { type: 'commonjs' } }];
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${esmRequiredFromCjs.join('|')})/.+\\.js$`]: toCommonJs,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmRequiredFromCjs.join('|')})/)`],
  moduleNameMapper: {
    '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.js',
    },
    {
      ...shared,
      displayName: 'chaos',
      testMatch: ['<rootDir>/test/chaos/**/*.chaos-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/chaos/timeout.setup.js'],
      globalSetup: '<rootDir>/test/chaos/build.global-setup.js',
    },
  ],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  // Shuffles the tests (and describe blocks) of every file in both projects, so that a test that
  // leans on another one's leftovers fails. Jest takes this option only here, at the root: in a
  // project it warns "not supported in an individual project configuration" and ignores it.
  // Each run prints its seed; `npm test -- --seed=N` replays that order.
  randomize: true,
  // A guard against a hang, not a measure of speed: an e2e set-up boots the app (migrations, an
  // scrypt hash) and a loaded, shared two-core machine can take well over jest's default 5 s.
  testTimeout: 30_000,
};
