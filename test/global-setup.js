// Says, once per run, whether the PostgreSQL and Redis variants of the e2e suites run.
export default async function globalSetup() {
  if (process.env.TEST_POSTGRES_URL) {
    process.stdout.write('\nPostgreSQL suites: running against TEST_POSTGRES_URL\n');
  } else {
    process.stdout.write(
      '\nPostgreSQL suites: SKIPPED (TEST_POSTGRES_URL is not set; .ci/run sets it)\n',
    );
  }
  if (process.env.TEST_REDIS_URL) {
    process.stdout.write('Redis suites: running against TEST_REDIS_URL\n');
  } else {
    process.stdout.write('Redis suites: SKIPPED (TEST_REDIS_URL is not set; .ci/run sets it)\n');
  }
}
