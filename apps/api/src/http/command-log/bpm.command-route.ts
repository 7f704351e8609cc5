import { BpmController } from '../../adapters/bpm/bpm.controller.js';
import { CommandRoute, memberOf } from './command-route.decorator.js';

/**
 * BPM's dispatcher as a command route: the command is named in the body and the customer is
 * `data.contactEncodedKey` (UpdateContactCommand) or `data.customerId` (the other two).
 * Declared here rather than on `BpmController.dispatch` only because that adapter is being
 * changed elsewhere right now; it belongs on the method, as on the other command routes.
 */
const descriptor = Object.getOwnPropertyDescriptor(BpmController.prototype, 'dispatch');
if (descriptor) {
  CommandRoute({
    source: 'bpm',
    commandName: ({ body }) => memberOf(body, 'commandName'),
    customerId: ({ body }) => {
      const data = memberOf(body, 'data');
      return memberOf(data, 'contactEncodedKey') ?? memberOf(data, 'customerId');
    },
  })(BpmController.prototype, 'dispatch', descriptor);
}
