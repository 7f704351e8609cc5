export interface Scenario {
  readonly name: string;
  /** Sends request number `i` (0-based, each number once). */
  readonly request: (i: number) => Promise<Response>;
}

export interface Result {
  readonly name: string;
  readonly perSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
}

/** Sends `total` requests with `concurrency` in flight; bounded in count, it stops by itself. */
export async function measure(
  scenario: Scenario,
  total: number,
  concurrency: number,
): Promise<Result> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const i = next++;
      const started = performance.now();
      const response = await scenario.request(i);
      await response.arrayBuffer();
      if (response.status >= 400) errors++;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name: scenario.name,
    perSecond: total / seconds,
    p99Ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
    errors,
  };
}
