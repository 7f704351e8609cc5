import type { OpsCommand } from '@app/event-store';
import type { ContactKind } from '../../../domain/errors/contact.errors.js';

/** An operator makes a removed (reserved) email or mobile available again (API.md §7). */
export class ReleaseContactCommand {
  readonly commandName = 'ReleaseContact';

  constructor(
    readonly kind: ContactKind,
    /** An email, or a mobile number in E.164; compared normalised. */
    readonly value: string,
    readonly requester: Omit<OpsCommand, 'commandName'>,
  ) {}
}

/** What a release answers. */
export interface ReleasedContact {
  readonly kind: ContactKind;
  readonly value: string;
  readonly releasedAt: string;
}
