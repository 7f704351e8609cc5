import type { PersonalDetails } from '../customer.types.js';

/** Names, gender and date of birth together; `from` and `to` hold only the fields that changed. */
export interface PersonalDetailsChanged {
  readonly type: 'PersonalDetailsChanged';
  readonly schemaVersion: 1;
  readonly occurredAt: string;
  readonly data: {
    readonly from: Partial<PersonalDetails>;
    readonly to: Partial<PersonalDetails>;
  };
}
