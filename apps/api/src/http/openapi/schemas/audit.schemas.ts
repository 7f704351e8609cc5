import type { SchemaObject } from '@nestjs/swagger';
import { ERROR_CODES } from '@app/core';
import { AUDIT_SOURCES, COMMAND_OUTCOMES } from '@app/audit';

const text = { type: 'string' } as const;
const time = { type: 'string', format: 'date-time' } as const;
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const source: SchemaObject = { type: 'string', enum: [...AUDIT_SOURCES] };
const actor: SchemaObject = {
  type: 'object',
  required: ['clientId'],
  properties: { clientId: text },
};

/** The audit log's answers (API.md §8). */
export const AUDIT_SCHEMAS = {
  AuditEvent: {
    type: 'object',
    description:
      '`hash` = SHA-256 of `prevHash` + the RFC 8785 JSON of the event without `position` and ' +
      '`hash`. PII is masked without `audit:pii` (then `redacted: true`).',
    required: ['position', 'eventId', 'streamId', 'version', 'type', 'occurredAt', 'data'],
    properties: {
      position: { type: 'integer' },
      eventId: text,
      streamId: text,
      version: { type: 'integer', minimum: 1 },
      type: text,
      occurredAt: time,
      data: { type: 'object', description: 'What changed, `from` and `to`.' },
      metadata: {
        type: 'object',
        required: ['commandName', 'commandId', 'requestId', 'source', 'actor'],
        properties: {
          commandName: text,
          commandId: text,
          requestId: text,
          source,
          actor,
          idempotencyKey: text,
          verificationId: text,
          schemaVersion: { type: 'integer' },
        },
      },
      prevHash: sha256,
      hash: sha256,
      redacted: { type: 'boolean', enum: [true] },
    },
  },
  CommandLogEntry: {
    type: 'object',
    required: ['commandId', 'commandName', 'source', 'actor', 'outcome', 'requestId'],
    properties: {
      commandId: text,
      commandName: text,
      source,
      actor,
      customerId: { type: ['string', 'null'] },
      outcome: { type: 'string', enum: [...COMMAND_OUTCOMES] },
      errorCode: { type: 'string', enum: [...ERROR_CODES] },
      requestId: text,
      receivedAt: time,
      durationMs: { type: 'number' },
    },
  },
  VerifyAnswer: {
    type: 'object',
    required: ['valid', 'streams', 'events'],
    properties: {
      valid: { type: 'boolean' },
      streams: { type: 'integer' },
      events: { type: 'integer' },
      failures: {
        type: 'array',
        items: {
          type: 'object',
          required: ['streamId', 'version', 'reason'],
          properties: { streamId: text, version: { type: 'integer' }, reason: text },
        },
      },
      truncated: { type: 'boolean', description: 'More failures were found than are listed.' },
    },
  },
} satisfies Record<string, SchemaObject>;
