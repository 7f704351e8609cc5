import type { DemoFolder } from './demo-folder.js';
import type { DemoClient } from './demo-server.js';
import {
  SEED_CONTACT_KEY,
  SEED_SAMPLE_REQUEST,
} from '../../../api/src/http/openapi/examples/bpm-seed.examples.js';
import { SEED_CONDOR_REQUEST } from '../../../api/src/http/openapi/examples/condor-seed.examples.js';
import { SEED_INDIVIDUAL_REQUEST } from '../../../api/src/http/openapi/examples/connectfi-seed.examples.js';

export interface DemoSession {
  readonly url: string;
  readonly token: string;
  readonly client: DemoClient;
  readonly folder: DemoFolder;
}

/** The email the wallet steps verify and set on the BPM seed's contact. */
const WALLET_EMAIL = 'amaka.obi@example.com';

const quoted = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;
const json = (body: unknown): string => quoted(JSON.stringify(body));

/** Copy-paste curl lines, one per line, against the demo server; `$TOKEN` is exported first. */
function curls(url: string, notifications: string) {
  const auth = '-H "Authorization: Bearer $TOKEN"';
  const send = (method: string, path: string, body: string) =>
    `curl -s -X ${method} ${url}${path} ${auth} -H 'Content-Type: application/json' -d ${body}`;
  const get = (path: string) => `curl -s ${quoted(`${url}${path}`)} ${auth}`;
  const person = `/v2/customer-persons/${SEED_CONTACT_KEY}`;
  const pick = (member: string) => `sed -E 's/.*"${member}":"([^"]+)".*/\\1/'`;
  return [
    '# BPM UpdateContactCommand: the seed sample request',
    send('POST', '/api/bpm/cmd', json(SEED_SAMPLE_REQUEST)),
    '# connectFi /customer/update: the seed individual request',
    send('POST', '/customer/update', json(SEED_INDIVIDUAL_REQUEST)),
    '# condor /condor/customer/update (deprecated): the seed request',
    send('POST', '/condor/customer/update', json(SEED_CONDOR_REQUEST)),
    `# wallet: verify a new email (the code is sent to ${notifications}), then set it`,
    `export VERIFICATION_ID=$(${send('POST', `${person}/verifications`, json({ flow: 'WALLET_UPDATE', attribute: 'email', value: WALLET_EMAIL }))} | ${pick('verificationId')})`,
    // The code goes out through the outbox, a moment after the answer.
    `export CODE=$(sleep 1; grep "$VERIFICATION_ID" ${quoted(notifications)} | ${pick('code')})`,
    send('POST', `${person}/verifications/$VERIFICATION_ID/attempts`, '"{\\"code\\":\\"$CODE\\"}"'),
    send(
      'PATCH',
      `${person}/contact-info`,
      `"{\\"email\\":\\"${WALLET_EMAIL}\\",\\"verificationId\\":\\"$VERIFICATION_ID\\"}"`,
    ),
    '# the customer, its history, its audit events, and the check of every hash chain',
    get(`/api/customers/${SEED_CONTACT_KEY}`),
    get(`/api/customers/${SEED_CONTACT_KEY}/history`),
    get(`/api/audit/events?customerId=${SEED_CONTACT_KEY}`),
    get('/api/audit/verify'),
    '# operations: metrics (no token) and the OpenAPI document (the UI is at /docs)',
    `curl -s ${url}/metrics`,
    `curl -s ${url}/docs/openapi.json`,
  ];
}

/** What the demo prints once the server answers: where things are, a token and the curls. */
export function demoGuide({ url, token, client, folder }: DemoSession): string[] {
  const getToken = `curl -s -X POST ${url}/auth/get-token -H 'Content-Type: application/json' -d ${json(client)}`;
  return [
    `Customer Contact Service demo: ${url}  (API docs: ${url}/docs)`,
    `  database       ${folder.databaseUrl}`,
    `  notifications  ${folder.notifications}`,
    `  server log     ${folder.serverLog}`,
    `  client         ${client.clientId} (every scope), secret ${client.clientSecret}`,
    '',
    `# a token for an hour; a new one: ${getToken}`,
    `export TOKEN=${token}`,
    '',
    ...curls(url, folder.notifications),
    '',
    'The server runs until Ctrl-C.',
  ];
}
