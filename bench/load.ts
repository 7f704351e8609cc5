import autocannon from 'autocannon';
import { OPERATIONS, requestOf, type Operation } from './workload.js';

export interface LoadOptions {
  readonly url: string;
  readonly token: string;
  readonly customers: number;
  readonly connections: number;
  readonly seconds: number;
}

export interface OperationStats {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly errors: number;
}

export type LoadResult = Record<Operation | 'total', OperationStats>;

/** The raw timings of one run: every latency (ms) and the error count, per operation. */
export interface Samples {
  readonly seconds: number;
  readonly latencies: Map<Operation, number[]>;
  readonly errors: Map<Operation, number>;
}

function statsOf(latencies: number[], errors: number, seconds: number): OperationStats {
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: latencies.at(-1) ?? 0,
    errors,
  };
}

let serial = 0;

/**
 * Drives `connections` keep-alive connections for `seconds` with autocannon, each sending the
 * workload's mix back to back, and times every request from the moment it is written to its
 * answer, per operation. A status of 400 or more is an error: the figure is then not a
 * measurement of the path it names.
 */
export async function drive(options: LoadOptions): Promise<Samples> {
  const latencies = new Map<Operation, number[]>(OPERATIONS.map((op) => [op, []]));
  const errors = new Map<Operation, number>(OPERATIONS.map((op) => [op, 0]));
  const headers = {
    'content-type': 'application/json',
    authorization: `Bearer ${options.token}`,
    'x-connectfi-token': options.token,
  };
  let n = 0;
  await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          const customer = Math.floor(Math.random() * options.customers);
          const next = requestOf(n++, customer, ++serial);
          context.operation = next.operation;
          context.started = performance.now();
          // A copy each time: autocannon adds content-length to the headers object it is given.
          return {
            ...request,
            method: next.method,
            path: next.path,
            headers: { ...headers },
            body: next.body,
          };
        },
        onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
          const operation = context.operation as Operation;
          latencies.get(operation)!.push(performance.now() - (context.started as number));
          if (status >= 400) errors.set(operation, errors.get(operation)! + 1);
        },
      },
    ],
  });
  return { seconds: options.seconds, latencies, errors };
}

/** Per operation and in total, over several runs pooled (their seconds add up). */
export function summarise(runs: readonly Samples[]): LoadResult {
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
  const of = (op: Operation) => ({
    latencies: runs.flatMap((run) => run.latencies.get(op) ?? []),
    errors: runs.reduce((sum, run) => sum + (run.errors.get(op) ?? 0), 0),
  });
  const result = {} as LoadResult;
  for (const op of OPERATIONS) {
    const { latencies, errors } = of(op);
    result[op] = statsOf(latencies, errors, seconds);
  }
  const all = OPERATIONS.map(of);
  result.total = statsOf(
    all.flatMap((o) => o.latencies),
    all.reduce((sum, o) => sum + o.errors, 0),
    seconds,
  );
  return result;
}
