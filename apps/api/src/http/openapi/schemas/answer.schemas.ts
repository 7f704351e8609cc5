import type { SchemaObject } from '@nestjs/swagger';
import { SCOPES } from '@app/auth';

const text = { type: 'string' } as const;
const time = { type: 'string', format: 'date-time' } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const scopes: SchemaObject = { type: 'array', items: { type: 'string', enum: [...SCOPES] } };

/** What one object of an answer holds: every listed member is always sent. */
const object = (properties: Record<string, SchemaObject | { $ref: string }>): SchemaObject => ({
  type: 'object',
  required: Object.keys(properties),
  properties,
});

/** The envelopes and small answers of the surfaces (API.md §2, §3, §4, §5, §7). */
export const ANSWER_SCHEMAS = {
  ConnectFiCustomerAnswer: object({
    code: { type: 'string', enum: ['0'] },
    data: ref('CustomerView'),
    requestId: text,
  }),
  CondorAnswer: object({
    code: { type: 'string', enum: ['0'] },
    data: object({ condorCustomer: ref('CondorCustomer') }),
    requestId: text,
  }),
  TokenAnswer: object({
    code: { type: 'string', enum: ['0'] },
    data: object({
      token: { ...text, description: 'An HS256 JWT.' },
      tokenType: { type: 'string', enum: ['Bearer'] },
      expiresIn: { type: 'integer', description: 'Seconds.' },
      scopes,
    }),
    requestId: text,
  }),
  BpmAnswer: {
    ...object({
      isSuccessful: { type: 'boolean', enum: [true] },
      statusCode: { type: 'string', enum: ['00'] },
      message: text,
      data: { oneOf: [ref('ContactUpdated'), ref('CustomerView'), ref('ContactInfoView')] },
    }),
    description: '`data` is the command’s answer: see each command’s example.',
  },
  ContactUpdated: object({
    contactEncodedKey: text,
    version: { type: 'integer', minimum: 1 },
    lastModifiedDate: time,
  }),
  ContactInfoView: object({
    customerId: text,
    email: { type: ['string', 'null'] },
    mobileNumber: { type: ['string', 'null'], description: 'E.164.' },
    version: { type: 'integer', minimum: 1 },
    updatedAt: time,
  }),
  VerificationView: object({
    verificationId: text,
    flow: { type: 'string', enum: ['WALLET_UPDATE'] },
    attribute: { type: 'string', enum: ['email', 'mobile'] },
    status: {
      type: 'string',
      enum: ['PENDING', 'COMPLETED', 'FAILED', 'EXPIRED', 'SUPERSEDED', 'CONSUMED'],
    },
    expiresAt: time,
    attemptsRemaining: { type: 'integer', minimum: 0 },
  }),
  VerificationAttempt: object({
    verificationId: text,
    status: { type: 'string', enum: ['COMPLETED'] },
    attemptsRemaining: { type: 'integer', minimum: 0 },
  }),
  ClientView: object({ clientId: text, scopes, disabled: { type: 'boolean' }, createdAt: time }),
  CreatedClient: {
    ...object({ clientId: text, clientSecret: text, scopes }),
    description: 'The secret is shown this once.',
  },
  DisabledClient: object({
    clientId: text,
    disabled: { type: 'boolean', enum: [true] },
    disabledAt: time,
  }),
  ReleasedContact: object({
    kind: { type: 'string', enum: ['email', 'mobile'] },
    value: { ...text, description: 'As claimed: an email in lower case, a mobile in E.164.' },
    releasedAt: time,
  }),
  ReservedContact: object({
    kind: { type: 'string', enum: ['email', 'mobile'] },
    value: text,
    customerId: text,
    removedAt: time,
  }),
  Liveness: object({ status: { type: 'string', enum: ['ok'] } }),
  Readiness: {
    type: 'object',
    description: 'The @nestjs/terminus report: database, migrations and outbox backlog.',
    required: ['status'],
    properties: {
      status: { type: 'string', enum: ['ok', 'error'] },
      info: { type: 'object' },
      error: { type: 'object' },
      details: { type: 'object' },
    },
  },
} satisfies Record<string, SchemaObject>;
