import { registrationOf } from './workload.js';

/** A token for the benchmark's client. */
export async function tokenOf(
  url: string,
  client: { clientId: string; clientSecret: string },
): Promise<string> {
  const response = await fetch(`${url}/auth/get-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client),
  });
  if (response.status !== 200) throw new Error(`get-token answered ${response.status}`);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

/** Registers `count` customers through the API, `concurrency` at a time; returns the seconds. */
export async function seedCustomers(
  url: string,
  token: string,
  count: number,
  concurrency: number,
): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const response = await fetch(`${url}/api/customers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(registrationOf(i)),
      });
      if (response.status !== 201) throw new Error(`registration ${i} answered ${response.status}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (performance.now() - started) / 1000;
}
