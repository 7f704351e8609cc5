import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@app/core';
import { OpsCommandRunner } from '@app/event-store';
import {
  ContactActiveError,
  ContactNotReservedError,
} from '../../../domain/errors/contact.errors.js';
import { Email } from '../../../domain/value-objects/email.value-object.js';
import { MobileNumber } from '../../../domain/value-objects/mobile-number.value-object.js';
import { ContactClaimsStore } from '../../ports/contact-claims.store.js';
import { CLOCK } from '../../tokens.js';
import { ReleaseContactCommand, type ReleasedContact } from './release-contact.command.js';

/**
 * Deletes a removed claim, so that any customer may take the value, and records ContactReleased
 * on the `ops` stream with its actor. A value in use cannot be released (409); a value nobody
 * reserves is not found (404). The delete is conditional, so a holder taking the value back at
 * the same moment wins and the release answers CONTACT_ACTIVE.
 */
@CommandHandler(ReleaseContactCommand)
export class ReleaseContactHandler implements ICommandHandler<
  ReleaseContactCommand,
  ReleasedContact
> {
  constructor(
    private readonly ops: OpsCommandRunner,
    private readonly claims: ContactClaimsStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: ReleaseContactCommand): Promise<ReleasedContact> {
    const { kind } = command;
    const contactKey =
      kind === 'email'
        ? Email.parse(command.value, 'value').claimKey
        : MobileNumber.lookupKeyOf(command.value, 'value');
    return this.ops.run({ commandName: command.commandName, ...command.requester }, async (tx) => {
      const claim = await this.claims.claimOf(tx, contactKey);
      if (!claim) throw new ContactNotReservedError(kind);
      if (claim.status === 'active' || !(await this.claims.release(tx, contactKey))) {
        throw new ContactActiveError(kind);
      }
      const releasedAt = this.clock.now();
      const { value, customerId } = claim;
      return {
        result: { kind, value, releasedAt },
        events: [{ type: 'ContactReleased', data: { kind, value, customerId, releasedAt } }],
      };
    });
  }
}
