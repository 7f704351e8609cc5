import type {
  HeaderObject,
  OperationObject,
  ParameterObject,
  SecurityRequirementObject,
} from '@nestjs/swagger';
import { errorResponses } from './error-responses.js';
import { isIdempotent, routeErrorCodes } from './route-errors.js';
import type { RouteFacts } from './route-facts.js';

/** The security schemes of the document (API.md §0, auth). */
export const BEARER = 'bearer';
export const CONNECTFI_TOKEN = 'connectFiToken';

const REQUEST_ID_PATTERN = '^[A-Za-z0-9._:-]{1,128}$';

const REQUEST_ID: ParameterObject = {
  name: 'X-Request-Id',
  in: 'header',
  required: false,
  description: 'Echoed in the answer when it matches the pattern; otherwise a new one is made.',
  schema: { type: 'string', pattern: REQUEST_ID_PATTERN },
};

const IDEMPOTENCY_KEY: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Per client, kept 24 h: the same request again gets the first answer byte for byte ' +
    '(`Idempotent-Replayed: true`) and writes nothing.',
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x20-\\x7E]+$' },
};

const text = { type: 'string' } as const;

/** Headers of every answer, errors included. */
const ANSWER_HEADERS: Record<string, HeaderObject> = {
  'X-Request-Id': { description: 'The request id; connectFi bodies repeat it.', schema: text },
};
const REPLAYED: Record<string, HeaderObject> = {
  'Idempotent-Replayed': { description: '`true` on a replayed answer.', schema: text },
};
/** The condor surface's every answer (API.md §4.2), added by condor-deprecation.hook.ts. */
const CONDOR_HEADERS: Record<string, HeaderObject> = {
  Deprecation: { schema: { type: 'string', enum: ['true'] } },
  Link: { schema: { type: 'string', enum: ['</customer/update>; rel="successor-version"'] } },
};

function securityOf(facts: RouteFacts): SecurityRequirementObject[] {
  if (facts.isPublic) return [];
  const scopes = [...facts.scopes];
  return facts.acceptsConnectFiToken
    ? [{ [BEARER]: scopes }, { [CONNECTFI_TOKEN]: scopes }]
    : [{ [BEARER]: scopes }];
}

/**
 * What API.md §0 and §1 make true of every route, added to one operation from its facts and
 * surface: its security (the scopes as role names, which OpenAPI 3.1 allows for any scheme), the
 * request id and idempotency headers, its error answers in the surface's format, and the
 * headers every answer carries.
 */
export function applyConventions(
  operation: OperationObject,
  method: string,
  facts: RouteFacts,
): void {
  const { surface } = facts;
  const idempotent = isIdempotent(method, facts);
  operation.security = securityOf(facts);
  operation.parameters = [
    ...(operation.parameters ?? []),
    REQUEST_ID,
    ...(idempotent ? [IDEMPOTENCY_KEY] : []),
  ];
  operation.responses = {
    ...operation.responses,
    ...errorResponses(surface, routeErrorCodes(method, facts)),
  };
  if (surface === 'condor') operation.deprecated = true;
  const always = surface === 'condor' ? { ...ANSWER_HEADERS, ...CONDOR_HEADERS } : ANSWER_HEADERS;
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || '$ref' in response) continue;
    const success = idempotent && status.startsWith('2');
    response.headers = { ...always, ...(success ? REPLAYED : {}), ...response.headers };
  }
}
