import {
  DomainError,
  ERROR_CODES,
  VersionConflictError,
  WriteContentionError,
  type ErrorCode,
} from '@app/core';
import { DuplicateTypeError } from '@app/customer';
import { ERROR_CATALOG } from './error-catalog.js';
import { RENDERERS } from './renderers.js';

class AnyError extends DomainError {
  constructor(
    readonly code: ErrorCode,
    details: Record<string, unknown> = {},
  ) {
    super(`message of ${code}`, details);
  }
}

const context = { requestId: 'req-42' };

describe('every error code on every surface (API.md §1)', () => {
  it.each(ERROR_CODES)('%s has a catalog entry with a 4xx or 5xx status', (code) => {
    const { status } = ERROR_CATALOG[code];
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(600);
  });

  it.each(ERROR_CODES)('%s renders as problem+json with its type, status and code', (code) => {
    const rendered = RENDERERS.problem(new AnyError(code), context);
    const { status, title } = ERROR_CATALOG[code];
    expect(rendered).toMatchObject({ status, contentType: 'application/problem+json' });
    expect(rendered.body).toEqual({
      type: `https://errors.customer-contact.dev/${code.toLowerCase().replaceAll('_', '-')}`,
      title,
      status,
      detail: `message of ${code}`,
      code,
      requestId: 'req-42',
    });
  });

  it.each(ERROR_CODES)('%s renders in the BPM envelope with CBS_<status>', (code) => {
    const rendered = RENDERERS.bpm(new AnyError(code), context);
    const entry: { status: number; bpmStatus?: number } = ERROR_CATALOG[code];
    const status = entry.bpmStatus ?? entry.status;
    expect(rendered.status).toBe(status);
    expect(rendered.body).toEqual({
      isSuccessful: false,
      statusCode: `CBS_${status}`,
      message: expect.any(String) as string,
      code,
    });
  });

  it.each(ERROR_CODES)('%s renders as connectFi {code, message, requestId}', (code) => {
    const rendered = RENDERERS.connectfi(new AnyError(code), context);
    const entry: { status: number; connectFi?: string } = ERROR_CATALOG[code];
    expect(rendered.status).toBe(entry.status);
    expect(rendered.body).toEqual({
      code: entry.connectFi ?? expect.stringMatching(/^[a-z][A-Za-z]+$/),
      message: `message of ${code}`,
      requestId: 'req-42',
    });
  });

  it.each(ERROR_CODES.filter((code) => code !== 'DUPLICATE_TYPE'))(
    '%s renders on condor exactly as on connectFi',
    (code) => {
      const error = new AnyError(code);
      expect(RENDERERS.condor(error, context)).toEqual(RENDERERS.connectfi(error, context));
    },
  );
});

describe('the renderers', () => {
  it('use the BPM seed messages for validation, not found and internal errors', () => {
    const messages = (['VALIDATION_FAILED', 'CUSTOMER_NOT_FOUND', 'INTERNAL'] as const).map(
      (code) => RENDERERS.bpm(new AnyError(code), context).body.message,
    );
    expect(messages).toEqual(['Validation error', 'Contact not found', 'Internal server error']);
  });

  it('list field errors on BPM and problem+json, and ajv context on connectFi', () => {
    const errors = [{ field: 'data.emailAddress', message: 'bad' }];
    const context_ = [{ instancePath: '/customer/email', keyword: 'format' }];
    const error = new AnyError('VALIDATION_FAILED', { errors, context: context_ });
    expect(RENDERERS.bpm(error, context).body.errors).toEqual(errors);
    expect(RENDERERS.problem(error, context).body.errors).toEqual(errors);
    // The seed's requestValidateError carries its ajv context and no message (API.md §1).
    expect(RENDERERS.connectfi(error, context).body).toEqual({
      code: 'requestValidateError',
      context: context_,
      requestId: 'req-42',
    });
    expect(RENDERERS.condor(error, context).body).toEqual(RENDERERS.connectfi(error, context).body);
  });

  it('keep the message of a connectFi validation error that has no ajv context', () => {
    const error = new AnyError('MALFORMED_JSON');
    expect(RENDERERS.connectfi(error, context).body).toEqual({
      code: 'requestValidateError',
      message: 'message of MALFORMED_JSON',
      requestId: 'req-42',
    });
  });

  it.each([
    ['address', 'Duplicate address type found.'],
    ['phone', 'Duplicate phone type found.'],
  ] as const)(
    'answer two %s items of one type on condor as the seed’s extCondor',
    (kind, message) => {
      const rendered = RENDERERS.condor(new DuplicateTypeError(kind, 'addresses'), context);
      expect(rendered.status).toBe(400);
      expect(JSON.stringify(rendered.body)).toBe(
        JSON.stringify({
          code: 'extCondor',
          subCode: 'C0900',
          context: { title: 'cardholdersUpdate' },
          message,
          requestId: 'req-42',
        }),
      );
      expect(RENDERERS.connectfi(new DuplicateTypeError(kind, 'x'), context).body).toEqual({
        code: 'duplicateType',
        message,
        requestId: 'req-42',
      });
    },
  );

  it('answer a version precondition with 412 on REST and CBS_409 on BPM, without Retry-After', () => {
    const error = new VersionConflictError(3, 4);
    expect(RENDERERS.problem(error, context)).toMatchObject({ status: 412, headers: {} });
    expect(RENDERERS.connectfi(error, context)).toMatchObject({
      status: 412,
      body: { code: 'versionConflict' },
    });
    expect(RENDERERS.bpm(error, context)).toMatchObject({
      status: 409,
      body: { statusCode: 'CBS_409' },
    });
  });

  it('answer retries running out with a retryable 409 VERSION_CONFLICT and Retry-After on every surface', () => {
    const error = new WriteContentionError();
    for (const render of Object.values(RENDERERS)) {
      const rendered = render(error, context);
      expect(rendered.status).toBe(409);
      expect(rendered.headers).toEqual({ 'Retry-After': '1' });
    }
    expect(RENDERERS.problem(error, context).body).toMatchObject({
      code: 'VERSION_CONFLICT',
      retryable: true,
    });
  });
});
