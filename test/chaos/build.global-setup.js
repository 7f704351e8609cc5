// The chaos suites run the built service as real processes, so they build it once first.
import { execSync } from 'node:child_process';

export default async function buildService() {
  process.stdout.write('\nchaos: building the service (npm run build)\n');
  execSync('npm run build --silent', { stdio: 'inherit' });
}
