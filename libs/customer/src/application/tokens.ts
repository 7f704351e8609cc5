/** Injection tokens for the domain's ports of time and identity. */
export const CLOCK = Symbol('Clock');
export const ID_GENERATOR = Symbol('IdGenerator');

/**
 * Whether UpdateContactInfoCommand needs a verification to change an email or mobile
 * (`CONTACT_VERIFICATION`, API.md §5.2, §10). The app provides it from its configuration.
 */
export const CONTACT_VERIFICATION_POLICY = Symbol('ContactVerificationPolicy');
export type ContactVerificationPolicy = 'optional' | 'required';

/** `VERIFICATION_TTL_SECONDS` (API.md §10): a verification's lifetime. */
export const VERIFICATION_TTL_SECONDS = Symbol('VerificationTtlSeconds');
