import type { DomainError } from '@app/core';

/** What a surface sends for an error. */
export interface RenderedError {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Record<string, unknown>;
}

export interface ErrorContext {
  readonly requestId: string;
}

/** Turns a domain error into one surface's wire format (API.md §1). */
export type ErrorRenderer = (error: DomainError, context: ErrorContext) => RenderedError;
