export * from './fixed-clock.js';
export * from './sequential-ids.js';
export * from './mothers/customer.mother.js';
export * from './given-when-then.js';
export * from './mothers/command-metadata.mother.js';
export * from './fakes/in-memory-customer.store.js';
export * from './fakes/in-memory-transactions.js';
export * from './mothers/event-chain.mother.js';
