import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredEvent } from '@app/event-store';
import { anEventChain } from '@app/testing';
import { verifyExportFile } from './export-file.verifier.js';

const folder = mkdtempSync(join(tmpdir(), 'export-verify-'));
let files = 0;

function fileOf(lines: ReadonlyArray<string | object>): string {
  const path = join(folder, `export-${++files}.ndjson`);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return path;
}

/** Two streams interleaved in position order, as an export writes them. */
function interleaved(): StoredEvent[] {
  const a = anEventChain('a', 3, { first: 1, step: 2 });
  const b = anEventChain('b', 3, { first: 2, step: 2 });
  return [a[0]!, b[0]!, a[1]!, b[1]!, a[2]!, b[2]!];
}

describe('verifying an exported file offline', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('finds an intact export valid and counts its streams and events', async () => {
    await expect(verifyExportFile(fileOf(interleaved()))).resolves.toEqual({
      valid: true,
      streams: 2,
      events: 6,
      linkOnly: 0,
      failures: [],
      truncated: false,
    });
  });

  it('names the line, stream and version of an edited, deleted or forged line', async () => {
    const events = interleaved();
    const edited = [...events];
    edited[2] = { ...events[2]!, data: { to: 'forged@example.com' } };
    const deleted = events.filter((_, i) => i !== 2);
    const forged = [...events, { ...events[5]!, position: 99, version: 4, eventId: 'x' }];
    expect((await verifyExportFile(fileOf(edited))).failures).toEqual([
      { line: 3, streamId: 'a', version: 2, reason: 'hash-mismatch' },
    ]);
    expect((await verifyExportFile(fileOf(deleted))).failures).toEqual([
      { line: 4, streamId: 'a', version: 2, reason: 'missing-version' },
      { line: 4, streamId: 'a', version: 3, reason: 'broken-link' },
    ]);
    expect((await verifyExportFile(fileOf(forged))).failures).toEqual([
      { line: 7, streamId: 'b', version: 4, reason: 'hash-mismatch' },
      { line: 7, streamId: 'b', version: 4, reason: 'broken-link' },
    ]);
  });

  it('names lines put in another order, and lines that are no event', async () => {
    const events = interleaved();
    const swapped = [events[0]!, events[2]!, events[1]!, ...events.slice(3)];
    const reasons = (await verifyExportFile(fileOf(swapped))).failures.map((f) => f.reason);
    expect(reasons).toEqual(['position-out-of-order']);
    const broken = await verifyExportFile(fileOf([events[0]!, '{"cut":', events[1]!]));
    expect(broken.failures).toEqual([{ line: 2, reason: 'malformed-line' }]);
  });

  it('checks only the links of redacted lines, and allows gaps when told the export is partial', async () => {
    const events = interleaved();
    const redacted = events.map((e) => ({ ...e, data: { to: '***' }, redacted: true }));
    expect(await verifyExportFile(fileOf(redacted))).toMatchObject({ valid: true, linkOnly: 6 });
    const filtered = [events[0]!, events[4]!];
    expect((await verifyExportFile(fileOf(filtered))).valid).toBe(false);
    expect((await verifyExportFile(fileOf(filtered), { partial: true })).valid).toBe(true);
  });
});
