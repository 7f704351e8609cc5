import { InitialSchema1763800000000 } from './1763800000000-initial-schema.migration.js';

/** Every migration, oldest first; both databases run the same list. */
export const migrations = [InitialSchema1763800000000];
