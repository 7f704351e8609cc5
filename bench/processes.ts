import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const LISTENING = /listening on ([\d.]+:\d+)/;

/** A server the benchmark runs as a process of its own, so its memory is its own. */
export interface BenchProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** When it was spawned (performance.now()). */
  readonly spawnedAt: number;
  /** The largest resident set the process has had, in MB (VmHWM). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Starts `script` with node on a free port and waits for its "listening on" line. */
export async function startProcess(
  script: string,
  env: Readonly<Record<string, string>>,
  nodeArgs: readonly string[] = [],
): Promise<BenchProcess> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = LISTENING.exec(line);
      if (match) resolve(`http://${match[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}): ${stderr}`)));
  });
  const exited = once(child, 'exit');
  return {
    url,
    child,
    spawnedAt,
    peakRssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Milliseconds from spawning the service to its first 200 from `/health/ready`. */
export async function readyAfterMs(service: BenchProcess): Promise<number> {
  for (;;) {
    const response = await fetch(`${service.url}/health/ready`).catch(() => undefined);
    await response?.arrayBuffer();
    if (response?.status === 200) return performance.now() - service.spawnedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
