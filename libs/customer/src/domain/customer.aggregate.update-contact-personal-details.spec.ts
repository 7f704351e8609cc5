import { aBusiness, anAddress, anIndividual, aPhone, given, registered } from '@app/testing';

const individual = registered(anIndividual());

describe('Customer.updateContact with personal details (condor, API.md §4.2)', () => {
  it('records one PersonalDetailsChanged after the contact events, with only the changed fields', () => {
    const mobile = aPhone({ phoneNumber: '5550001' });
    given(individual)
      .when((c) =>
        c.updateContact({
          personalDetails: { firstName: 'Jessie', lastName: 'Sample', dateOfBirth: '1978-10-25' },
          email: 'bb@bb.be',
          phones: [mobile],
        }),
      )
      .then([
        { type: 'EmailChanged', data: { from: 'abc123def4@test.test', to: 'bb@bb.be' } },
        { type: 'MobileChanged', data: { from: aPhone(), to: mobile } },
        {
          type: 'PersonalDetailsChanged',
          data: {
            from: { firstName: 'Janice', dateOfBirth: '1969-08-04' },
            to: { firstName: 'Jessie', dateOfBirth: '1978-10-25' },
          },
        },
      ]);
  });

  it('records nothing when the details equal the stored ones', () => {
    given(individual)
      .when((c) =>
        c.updateContact({
          personalDetails: { firstName: 'Janice', gender: 'F' },
          addresses: [anAddress()],
        }),
      )
      .thenNothing();
  });

  it('refuses a future or unreal date of birth together with every other bad field, changing nothing', () => {
    given(individual)
      .when((c) =>
        c.updateContact({
          personalDetails: { firstName: 'Jessie', dateOfBirth: '2999-01-01' },
          addresses: [anAddress({ addressLine1: '  ' })],
        }),
      )
      .thenFails({
        code: 'VALIDATION_FAILED',
        fields: ['customer.addresses[0].addressLine1', 'customer.dateOfBirth'],
        matching: {
          errors: [
            { field: 'customer.addresses[0].addressLine1', message: 'must not be blank' },
            { field: 'customer.dateOfBirth', message: 'must not be in the future' },
          ],
        },
      });
    given(individual)
      .when((c) => c.updateContact({ personalDetails: { dateOfBirth: '2001-02-30' } }))
      .thenFails({ code: 'VALIDATION_FAILED', fields: ['customer.dateOfBirth'] });
  });

  it('is an individual field: a business names it', () => {
    given(registered(aBusiness()))
      .when((c) => c.updateContact({ personalDetails: { firstName: 'Jessie' } }))
      .thenFails({ code: 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE', fields: ['personalDetails'] });
  });
});
