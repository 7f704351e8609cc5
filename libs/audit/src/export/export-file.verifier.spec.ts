import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventSealer, type StoredEvent } from '@app/event-store';
import { anEventChain } from '@app/testing';
import { verifyExportFile } from './export-file.verifier.js';
import { TrailerTally, trailerLine } from './export-trailer.js';

const folder = mkdtempSync(join(tmpdir(), 'export-verify-'));
const sealer = EventSealer.fromSecret('the-server-secret');
let files = 0;

type Line = StoredEvent & { readonly seal?: string; readonly redacted?: true };

/** The trailer the exporter would write after these events, sealed with `key`. */
function trailerOf(events: readonly Line[], key = sealer): string {
  const tally = new TrailerTally();
  for (const event of events) tally.add(event.position, event.hash);
  return trailerLine(tally, key).trimEnd();
}

/** A file of these lines; `trailer` is written last unless told otherwise. */
function fileOf(lines: ReadonlyArray<Line | string>, trailer?: string | null): string {
  const events = lines.filter((l): l is Line => typeof l !== 'string');
  const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l)));
  if (trailer !== null) text.push(trailer ?? trailerOf(events));
  const path = join(folder, `export-${++files}.ndjson`);
  writeFileSync(path, `${text.join('\n')}\n`);
  return path;
}

/** Two streams interleaved in position order, as an export writes them, sealed. */
function interleaved(): Line[] {
  const a = anEventChain('a', 3, { first: 1, step: 2 });
  const b = anEventChain('b', 3, { first: 2, step: 2 });
  return [a[0]!, b[0]!, a[1]!, b[1]!, a[2]!, b[2]!].map((e) => ({
    ...e,
    seal: sealer.seal(e.hash),
  }));
}

const reasons = async (path: string, options = {}) =>
  (await verifyExportFile(path, options)).failures.map((f) => f.reason);

describe('verifying an exported file offline', () => {
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('finds an intact export valid, says whether seals were checked, and checks them', async () => {
    const path = fileOf(interleaved());
    const expected = { valid: true, streams: 2, events: 6, unverifiable: 0, failures: [] };
    await expect(verifyExportFile(path)).resolves.toMatchObject({
      ...expected,
      sealsChecked: false,
    });
    await expect(verifyExportFile(path, { seals: sealer })).resolves.toMatchObject({
      ...expected,
      sealsChecked: true,
    });
    const wrongKey = EventSealer.fromSecret('another-secret');
    expect(await reasons(path, { seals: wrongKey })).toEqual([
      ...Array<string>(6).fill('seal-mismatch'),
      'trailer-seal-mismatch',
    ]);
  });

  it('names a line whose seal is missing or not the key holder’s', async () => {
    const events = interleaved();
    const { seal: _seal, ...unsealed } = events[1]!;
    const forged = { ...events[3]!, seal: 'f'.repeat(64) };
    const path = fileOf([events[0]!, unsealed, events[2]!, forged, events[4]!, events[5]!]);
    expect((await verifyExportFile(path, { seals: sealer })).failures).toEqual([
      { line: 2, streamId: 'b', version: 1, reason: 'unsealed' },
      { line: 4, streamId: 'b', version: 2, reason: 'seal-mismatch' },
    ]);
    expect((await verifyExportFile(path)).valid).toBe(true); // without the key: not checked
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
    expect(await reasons(fileOf(swapped))).toEqual(['position-out-of-order']);
    const broken = await verifyExportFile(fileOf([events[0]!, '{"cut":', events[1]!]));
    expect(broken.failures).toEqual([{ line: 2, reason: 'malformed-line' }]);
  });

  it('counts redacted lines as unverifiable: never valid unless redacted lines are accepted', async () => {
    const events = interleaved();
    const redacted = events.map((e) => ({ ...e, data: { to: '***' }, redacted: true as const }));
    const path = fileOf(redacted);
    expect(await verifyExportFile(path)).toMatchObject({
      valid: false,
      unverifiable: 6,
      redactedAccepted: false,
      failures: [],
    });
    expect(await verifyExportFile(path, { acceptRedacted: true })).toMatchObject({
      valid: true,
      unverifiable: 6,
      redactedAccepted: true,
    });
    // Data changed and flagged redacted: its links still hold, so only the flag stands out.
    const disguised = [...events];
    disguised[2] = { ...events[2]!, data: { to: 'forged@example.com' }, redacted: true };
    expect(await verifyExportFile(fileOf(disguised))).toMatchObject({
      valid: false,
      unverifiable: 1,
      failures: [],
    });
  });

  it('allows gaps when told the export is partial', async () => {
    const filtered = interleaved().filter((_, i) => i === 0 || i === 4);
    expect((await verifyExportFile(fileOf(filtered))).valid).toBe(false);
    expect((await verifyExportFile(fileOf(filtered), { partial: true })).valid).toBe(true);
  });

  it('names a missing trailer, one that does not match the lines, and lines after it', async () => {
    const events = interleaved();
    const cut = events.slice(0, 4);
    expect((await verifyExportFile(fileOf(cut, null))).failures).toEqual([
      { line: 5, reason: 'missing-trailer' },
    ]);
    // Cut, with the whole file's trailer kept: the count, last position and digest disagree.
    expect((await verifyExportFile(fileOf(cut, trailerOf(events)))).failures).toEqual([
      { line: 5, reason: 'trailer-mismatch' },
    ]);
    // Lines moved between two streams' turns: each chain still holds, the digest does not.
    const moved = [events[1]!, events[0]!, ...events.slice(2)].map((e, i) => ({
      ...e,
      position: i + 1,
    }));
    expect(
      await reasons(fileOf(moved, trailerOf(events.map((e, i) => ({ ...e, position: i + 1 }))))),
    ).toEqual(['trailer-mismatch']);
    const after = fileOf([...events, trailerOf(events), events[5]!], null);
    expect((await verifyExportFile(after)).failures).toEqual([
      { line: 8, reason: 'line-after-trailer' },
    ]);
  });

  it('checks the trailer’s seal with the key: a trailer made to fit a cut file is named', async () => {
    const cut = interleaved().slice(0, 4);
    const refitted = fileOf(cut, trailerOf(cut, EventSealer.fromSecret('a-guessed-secret')));
    expect((await verifyExportFile(refitted)).valid).toBe(true); // without the key, it fits
    expect((await verifyExportFile(refitted, { seals: sealer })).failures).toEqual([
      { line: 5, reason: 'trailer-seal-mismatch' },
    ]);
  });
});
