export interface Latency {
  readonly name: string;
  readonly p50: number;
  readonly p99: number;
  readonly items: number;
  readonly errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/**
 * Sends `count` requests one after another (after a few unmeasured ones to warm caches up) and
 * reports the 50th and 99th percentile of the time to the last byte, in ms.
 */
export async function latencyOf(
  name: string,
  count: number,
  request: (i: number) => Promise<Response>,
): Promise<Latency> {
  for (let i = 0; i < 10; i++) await (await request(count + i)).arrayBuffer();
  const times: number[] = [];
  let items = 0;
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await request(i);
    const text = await response.arrayBuffer();
    times.push(performance.now() - started);
    // Parsed after the clock stops: the client's own parsing is not the server's latency.
    const body = JSON.parse(Buffer.from(text).toString('utf8')) as {
      items?: unknown[];
      valid?: boolean;
    };
    if (response.status !== 200 || body.valid === false) errors++;
    items += body.items?.length ?? 1;
  }
  times.sort((a, b) => a - b);
  return {
    name,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    items: items / count,
    errors,
  };
}
