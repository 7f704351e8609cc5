import { ERROR_CODES } from '@app/core';
import type { SchemaObject } from '@nestjs/swagger';
import type { SurfaceName } from '../surface/surface.decorator.js';
import { renderedExample } from './error-examples.js';

/** The component that describes each surface's error body (API.md §1, "Wire formats"). */
export const ERROR_SCHEMA_OF: Readonly<Record<SurfaceName, string>> = {
  bpm: 'BpmError',
  connectfi: 'ConnectFiError',
  condor: 'CondorError',
  problem: 'Problem',
};

/** Every `code` the surface's renderer can put in a body, read from the renderer itself. */
function codesOn(surface: SurfaceName): string[] {
  const codes = ERROR_CODES.map((code) => String(renderedExample(code, surface).body.code));
  return [...new Set(codes)];
}

const text = { type: 'string' } as const;

const FIELD_ERRORS: SchemaObject = {
  type: 'array',
  description: 'Every failing field, named by its path from the body’s root.',
  items: {
    type: 'object',
    required: ['field', 'message'],
    properties: { field: text, message: text },
  },
};

const AJV_CONTEXT: SchemaObject = {
  type: 'array',
  description: 'Every ajv failure against the vendor schema (validation errors only).',
  items: {
    type: 'object',
    required: ['instancePath', 'schemaPath', 'keyword', 'params', 'message'],
    properties: {
      instancePath: text,
      schemaPath: text,
      keyword: text,
      params: { type: 'object' },
      message: text,
    },
  },
};

/**
 * The four error bodies. The envelopes are written once here; the `code` each may carry is read
 * from the surface's renderer, so a new catalog code shows up without an edit.
 */
export function errorSchemaComponents(): Record<string, SchemaObject> {
  const connectFiMembers = {
    message: { ...text, description: 'Absent when `context` lists validation failures.' },
    requestId: { ...text, description: 'The `X-Request-Id` of the answer.' },
  };
  return {
    [ERROR_SCHEMA_OF.bpm]: {
      type: 'object',
      required: ['isSuccessful', 'statusCode', 'message', 'code'],
      properties: {
        isSuccessful: { type: 'boolean', enum: [false] },
        statusCode: { ...text, pattern: '^CBS_\\d{3}$', description: '`CBS_` + the HTTP status.' },
        message: text,
        code: { ...text, enum: codesOn('bpm'), description: 'The canonical error code.' },
        errors: FIELD_ERRORS,
      },
    },
    [ERROR_SCHEMA_OF.connectfi]: {
      type: 'object',
      required: ['code', 'requestId'],
      properties: {
        code: { ...text, enum: codesOn('connectfi') },
        ...connectFiMembers,
        context: AJV_CONTEXT,
      },
    },
    [ERROR_SCHEMA_OF.condor]: {
      type: 'object',
      required: ['code', 'requestId'],
      properties: {
        code: { ...text, enum: codesOn('condor') },
        subCode: { ...text, enum: ['C0900'], description: 'With `extCondor` only.' },
        ...connectFiMembers,
        context: {
          description: 'ajv failures, or `{"title": "cardholdersUpdate"}` with `extCondor`.',
          oneOf: [AJV_CONTEXT, { type: 'object', properties: { title: text } }],
        },
      },
    },
    [ERROR_SCHEMA_OF.problem]: {
      type: 'object',
      description: 'RFC 9457 problem details; extra details are top-level members.',
      required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
      properties: {
        type: { ...text, format: 'uri' },
        title: text,
        status: { type: 'integer' },
        detail: text,
        code: { ...text, enum: codesOn('problem'), description: 'The canonical error code.' },
        errors: FIELD_ERRORS,
        requestId: text,
      },
      additionalProperties: true,
    },
  };
}
