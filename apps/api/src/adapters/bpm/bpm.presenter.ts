import { contactInfoView, customerView, type CommandOutcome } from '@app/customer';

/** BPM's success envelope (API.md §3). */
export interface BpmSuccess {
  readonly isSuccessful: true;
  readonly statusCode: '00';
  readonly message: string;
  readonly data: unknown;
}

export type BpmPresenter = (outcome: CommandOutcome) => BpmSuccess;

function success(message: string, data: unknown): BpmSuccess {
  return { isSuccessful: true, statusCode: '00', message, data };
}

/** UpdateContactCommand: the seed's answer plus the version (§3.1). */
export const presentContactUpdate: BpmPresenter = ({ state }) =>
  success('Contact updated successfully.', {
    contactEncodedKey: state.customerId,
    version: state.version,
    lastModifiedDate: state.updatedAt,
  });

/** UpdateCustomerCommand: the customer view, SSNs masked (§3.2, §6.1). */
export const presentCustomerUpdate: BpmPresenter = ({ state }) =>
  success('Customer updated successfully.', customerView(state));

/** UpdateContactInfoCommand: §5.1's body. */
export const presentContactInfoUpdate: BpmPresenter = ({ state }) =>
  success('Contact info updated successfully.', contactInfoView(state));
