export * from './error-code.js';
export * from './domain-error.js';
export * from './common.errors.js';
export * from './clock.js';
export * from './auth.errors.js';
