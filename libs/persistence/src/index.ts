export * from './database-url.js';
export * from './data-source-options.js';
export * from './unique-violation.js';
export * from './database.js';
export * from './open-data-source.js';
export * from './portable-sql.js';
