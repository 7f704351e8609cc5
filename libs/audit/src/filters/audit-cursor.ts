/**
 * Page cursors are opaque to clients (base64url JSON), so the paging key can change without
 * breaking them: events page on `position`, or on `(occurredAt, position)` when the list is
 * bounded in time; the command log on `(receivedAt, commandId)`.
 */
export interface EventCursor {
  readonly position: number;
  /** Present in the cursors of lists bounded in time, which page in time order. */
  readonly occurredAt?: string;
}

export interface CommandCursor {
  readonly receivedAt: string;
  readonly commandId: string;
}

const MAX_CURSOR_LENGTH = 200;

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decode(text: string): unknown {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export function encodeEventCursor(cursor: EventCursor): string {
  const { position, occurredAt } = cursor;
  return encode(occurredAt === undefined ? { p: position } : { t: occurredAt, p: position });
}

/** The event a cursor stands after, or undefined when the text is no events cursor. */
export function decodeEventCursor(text: string): EventCursor | undefined {
  const value = decode(text) as { p?: unknown; t?: unknown } | undefined;
  const { p, t } = value ?? {};
  if (typeof p !== 'number' || !Number.isSafeInteger(p) || p < 0) return undefined;
  if (t === undefined) return { position: p };
  return typeof t === 'string' && t.length <= 30 ? { position: p, occurredAt: t } : undefined;
}

export function encodeCommandCursor(cursor: CommandCursor): string {
  return encode({ r: cursor.receivedAt, c: cursor.commandId });
}

/** The command a cursor stands after, or undefined when the text is no command-log cursor. */
export function decodeCommandCursor(text: string): CommandCursor | undefined {
  const value = decode(text) as { r?: unknown; c?: unknown } | undefined;
  const { r, c } = value ?? {};
  if (typeof r !== 'string' || typeof c !== 'string' || r.length > 30 || c.length > 64) {
    return undefined;
  }
  return { receivedAt: r, commandId: c };
}
