import type { ContactChanges } from '@app/customer';
import type { UpdateContactDto } from './dto/update-contact.dto.js';

type ContactField = keyof ContactChanges;
type BpmContactField = Exclude<keyof UpdateContactDto, 'contactEncodedKey' | 'expectedVersion'>;

/** UpdateContactCommand's `data` fields (API.md §3.1) → the command's fields: BPM's wire names live here only. */
const BPM_TO_COMMAND = {
  firstName: 'firstName',
  lastName: 'lastName',
  middleName: 'middleName',
  emailAddress: 'email',
  phoneNumber: 'mobile',
  address: 'addressLine1',
  city: 'city',
  state: 'stateCode',
  country: 'country',
} as const satisfies Record<BpmContactField, ContactField>;

/** The command's field names → BPM's, for the field errors a BPM client reads. */
export const COMMAND_TO_BPM: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(BPM_TO_COMMAND).map(([bpm, command]) => [command, bpm]),
);

/** The changes a validated `data` asks for: the fields it sent, under the command's names. */
export function toContactChanges(dto: UpdateContactDto): ContactChanges {
  const changes: Partial<Record<ContactField, string>> = {};
  for (const [bpm, command] of Object.entries(BPM_TO_COMMAND) as [
    BpmContactField,
    ContactField,
  ][]) {
    const value = dto[bpm];
    if (value !== undefined) changes[command] = value;
  }
  return changes;
}
