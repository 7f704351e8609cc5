import type { DataSource } from 'typeorm';
import { AUDIT_ENTITIES, EventSealer } from '@app/event-store';
import { Database, openDataSource } from '@app/persistence';
import { anEventChain, insertEvents } from '@app/testing';
import { EventExporter } from './event-exporter.js';
import { EXPORT_PAGE } from './exported-pages.js';

const PAGES = 12;
const sealer = EventSealer.fromSecret('exporter-spec-secret');

/** On a real (in-memory) database: how many pages the export reads for what is consumed. */
describe('EventExporter', () => {
  let dataSource: DataSource;
  let db: Database;
  let reads: number;
  beforeAll(async () => {
    dataSource = await openDataSource(
      { kind: 'sqlite', path: ':memory:' },
      { entities: AUDIT_ENTITIES },
    );
    await insertEvents(dataSource.manager, anEventChain('cust_big', PAGES * EXPORT_PAGE));
    db = new Database(dataSource);
    const read = db.read.bind(db);
    db.read = (work) => {
      reads++;
      return read(work);
    };
  });
  afterAll(() => dataSource.destroy());
  beforeEach(() => (reads = 0));

  it('reads a page only when the reader has taken the ones before (backpressure)', async () => {
    const stream = await new EventExporter(db, sealer).export({}, 'ndjson', true);
    const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<string>;
    const first = await iterator.next();
    // The first chunk: the first hundred events of the first page, one line each.
    const text = (first.value as Buffer).toString('utf8');
    expect(
      text
        .split('\n')
        .slice(0, -1)
        .map((line) => JSON.parse(line).version),
    ).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toBeLessThanOrEqual(5); // the last position, then a few pages ahead at most
    stream.destroy();
  });

  it('reads every page when the reader takes them all', async () => {
    const stream = await new EventExporter(db, sealer).export({}, 'ndjson', true);
    let lines = 0;
    let last = '';
    for await (const chunk of stream) {
      lines += String(chunk).split('\n').length - 1;
      last = String(chunk);
    }
    expect(lines).toBe(PAGES * EXPORT_PAGE + 1); // the events, then the trailer
    expect(JSON.parse(last)).toMatchObject({ trailer: { events: PAGES * EXPORT_PAGE } });
    expect(reads).toBe(1 + PAGES + 1); // the last position, each page, the empty page's check
  });
});
