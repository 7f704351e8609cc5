import { setFlagsFromString } from 'node:v8';

/**
 * The server's entry. Before the server's modules are loaded (in dist/server.js only the drivers
 * left outside the bundle are imported first), V8 is told to grow the old generation by 10% at
 * a time rather than by its own larger factors: a long audit export then collects its
 * dead pages instead of growing the heap past them (a million-event export peaked about 240 MB
 * and peaks about 200 MB so), at no measured cost to the write path (docs/decisions.md "Memory").
 * Then the server starts (serve.ts).
 */
setFlagsFromString('--heap-growing-percent=10');
await import('./serve.js');
