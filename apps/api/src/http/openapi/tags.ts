/** The tags that group the document's operations, one per surface or audience. */
export const TAGS = {
  auth: 'Auth',
  bpm: 'BPM',
  connectFi: 'connectFi',
  condor: 'condor (deprecated)',
  wallet: 'Wallet',
  customers: 'Customers',
  audit: 'Audit',
  operations: 'Operations',
} as const;

/** The groups in the order the UI shows them, each saying its error format (API.md §1). */
export const TAG_DESCRIPTIONS: ReadonlyArray<[string, string]> = [
  [TAGS.bpm, 'The BPM command dispatcher. Errors: the BPM envelope, `statusCode` `CBS_<status>`.'],
  [TAGS.connectFi, 'connectFi. Errors: `{code, message | context, requestId}`.'],
  [TAGS.condor, 'Deprecated condor route. Errors: connectFi’s, and `extCondor` / `C0900`.'],
  [TAGS.wallet, 'The B2B wallet (`/v2`). Errors: problem+json.'],
  [TAGS.customers, 'Registration and reads (`/api`). Errors: problem+json.'],
  [TAGS.audit, 'The audit log; PII masked without `audit:pii`. Errors: problem+json.'],
  [TAGS.auth, 'Tokens (connectFi’s envelope) and API clients (problem+json).'],
  [TAGS.operations, 'Health, metrics, reserved contacts and these docs. Errors: problem+json.'],
];
