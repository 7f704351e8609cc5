import { hideSsns } from '@app/customer';

type Span = readonly [start: number, end: number];

/** An object being read: where it starts, and whether it is an SSN document so far. */
interface OpenObject {
  readonly start: number;
  ssn: boolean;
  value: boolean;
}

/** Where the string starting at `start` (its opening quote) ends: the closing quote's index. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (text[i] !== '"') {
    if (i >= text.length) throw new SyntaxError('unterminated string');
    i += text[i] === '\\' ? 2 : 1;
  }
  return i;
}

/** Keeps the outermost spans: hideSsns replaces an SSN document whole, never what it holds. */
function outermost(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const span of spans.sort((a, b) => a[0] - b[0])) {
    if (kept.length === 0 || span[0] >= kept.at(-1)![1]) kept.push(span);
  }
  return kept;
}

/**
 * The spans of the objects hideSsns replaces (`type` "SSN" and a string `value`), found by
 * scanning the JSON text without building it. The text must be as JSON.stringify writes it
 * (no whitespace), as every stored event's data is.
 */
function ssnDocumentSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: Array<OpenObject | 'array'> = [];
  let key: string | undefined;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = open.at(-1);
    if (c === '"') {
      const end = stringEnd(text, i);
      const token = text.slice(i, end + 1);
      if (expectKey) key = token;
      else if (top !== undefined && top !== 'array') {
        if (key === '"type"' && token === '"SSN"') top.ssn = true;
        if (key === '"value"') top.value = true;
      }
      expectKey = false;
      i = end;
    } else if (c === '{') {
      open.push({ start: i, ssn: false, value: false });
      expectKey = true;
    } else if (c === '[') open.push('array');
    else if (c === '}') {
      const closed = open.pop();
      if (closed !== undefined && closed !== 'array' && closed.ssn && closed.value) {
        spans.push([closed.start, i + 1]);
      }
    } else if (c === ']') open.pop();
    else if (c === ',') expectKey = top !== undefined && top !== 'array';
    if (c === ',' || c === '{') key = undefined;
  }
  return outermost(spans);
}

/**
 * `JSON.stringify(hideSsns(JSON.parse(text)))`, made without parsing the whole text: only
 * each SSN document is parsed and rewritten. The export writes a million events this way
 * (registrations carry SSNs): parsing each whole event built enough short-lived objects for
 * V8 to promote them and grow the process by about 100 MB before a full collection.
 */
export function hideSsnsInText(text: string): string {
  let hidden = '';
  let at = 0;
  for (const [start, end] of ssnDocumentSpans(text)) {
    const document: unknown = JSON.parse(text.slice(start, end));
    hidden += text.slice(at, start) + JSON.stringify(hideSsns(document));
    at = end;
  }
  return at === 0 ? text : hidden + text.slice(at);
}
