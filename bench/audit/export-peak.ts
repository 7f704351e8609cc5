import type { BenchServer } from './bench-server.js';

/**
 * Reads a full NDJSON export as a slow-enough client would (each chunk counted, nothing kept)
 * while sampling the server's resident memory; peak is the kernel's high-water mark.
 */
export async function exportPeak(server: BenchServer, token: string) {
  const before = server.memory().rssMb;
  const response = await fetch(`${server.base}/api/audit/export?format=ndjson`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { bytes, lines, before, peak: server.memory().peakMb };
}
