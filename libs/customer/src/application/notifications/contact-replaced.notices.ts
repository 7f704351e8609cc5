import type { NewNotification } from '@app/notifications';
import type { CustomerEvent } from '../../domain/events/customer.event.js';
import { emailKey } from '../../domain/value-objects/email.value-object.js';
import { MobileNumber } from '../../domain/value-objects/mobile-number.value-object.js';
import { maskDigits, maskEmail } from '../views/pii-mask.js';

/**
 * When a claimed email or mobile is replaced, on any surface, its old value hears of it with the
 * new value masked (API.md §5.2), so that the real owner notices a hijack. Another casing of the
 * same email is not a replacement.
 */
export function contactReplacedNotices(
  customerId: string,
  events: readonly CustomerEvent[],
): NewNotification[] {
  return events.flatMap((event): NewNotification[] => {
    if (event.type === 'EmailChanged') {
      const { from, to } = event.data;
      if (from === null || (to !== null && emailKey(from) === emailKey(to))) return [];
      const replacedBy = to === null ? {} : { replacedBy: maskEmail(to) };
      return [{ kind: 'contact-replaced', channel: 'email', to: from, customerId, ...replacedBy }];
    }
    if (event.type === 'MobileChanged' && event.data.from) {
      const from = MobileNumber.fromPhone(event.data.from);
      const to = event.data.to ? MobileNumber.fromPhone(event.data.to) : null;
      if (to?.claimKey === from.claimKey) return [];
      const replacedBy = to === null ? {} : { replacedBy: maskDigits(to.e164) };
      return [
        { kind: 'contact-replaced', channel: 'sms', to: from.e164, customerId, ...replacedBy },
      ];
    }
    return [];
  });
}
