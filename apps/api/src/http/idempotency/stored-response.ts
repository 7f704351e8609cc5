/** An answer as it was sent: replayed byte for byte (API.md §0). */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as sent. */
  readonly body: string;
}

/** The statuses whose answer is kept: every answer of a command that began executing. */
export function isStoredStatus(status: number): boolean {
  return (status >= 200 && status < 300) || [404, 409, 412, 422].includes(status);
}
