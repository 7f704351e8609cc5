import { aCommandMetadata, SEED_CONDOR_REQUEST } from '@app/testing';
import { condorField, toCondorUpdateCommand } from './condor-customer-update.mapper.js';

describe('toCondorUpdateCommand', () => {
  it('puts names, gender and date of birth into personal details, for individuals only', () => {
    const meta = aCommandMetadata({ source: 'condor' });
    const command = toCondorUpdateCommand(SEED_CONDOR_REQUEST, meta, 3);
    const { customerId, firstName, lastName, gender, dateOfBirth, ...contact } =
      SEED_CONDOR_REQUEST;
    expect(command).toMatchObject({
      customerId,
      expectedVersion: 3,
      individualsOnly: true,
      metadata: meta,
      update: { personalDetails: { firstName, lastName, gender, dateOfBirth }, ...contact },
    });
  });

  it('sends no empty parts', () => {
    const command = toCondorUpdateCommand(
      { customerId: 'c1', email: 'a@b.io' },
      aCommandMetadata(),
    );
    expect(command.update).toStrictEqual({ email: 'a@b.io' });
    expect(command.expectedVersion).toBeUndefined();
  });

  it('names the flat body’s fields', () => {
    expect(condorField('customer.dateOfBirth')).toBe('dateOfBirth');
    expect(condorField('customer.addresses[0].city')).toBe('addresses[0].city');
    expect(condorField('other')).toBe('other');
  });
});
