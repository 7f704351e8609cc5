import fc from 'fast-check';
import { businessBody, individualBody } from '@app/testing';
import type { TestApp } from './test-app.js';

/**
 * One request through a real surface: registration, one of the three BPM commands, connectFi's
 * update, the wallet's contact-info PATCH, or an operator's release of a reserved contact.
 */
export interface RandomCommand {
  readonly method: 'post' | 'patch';
  readonly path: string;
  readonly body: object;
}

const address = (type: 'PRIMARY' | 'SECONDARY', city: string) => ({
  type,
  addressLine1: `1 ${city} Road`,
  city,
  stateCode: 'PA',
  postalCode: '12345',
  countryCodeA3: 'USA',
});

/**
 * Commands on a few customers sharing a few emails and mobiles, so that claims collide, get
 * replaced, reserved and taken back. `run` keeps the values of one run apart from another's.
 */
export function randomCommands(run: number, count: number): fc.Arbitrary<RandomCommand[]> {
  const person = fc.constantFrom(...[0, 1, 2, 3, 4].map((i) => `r${run}_c${i}`));
  const business = fc.constantFrom(`r${run}_b0`, `r${run}_b1`);
  const email = fc.constantFrom(...[0, 1, 2, 3].map((i) => `r${run}.e${i}@example.com`));
  const mobile = fc.constantFrom(...[0, 1, 2, 3].map((i) => `7700900${run}${i}0`));
  const city = fc.constantFrom('Harrisburg', 'Abuja', 'Leeds');
  const bpm = (commandName: string, data: object): RandomCommand => ({
    method: 'post',
    path: '/api/bpm/cmd',
    body: { commandName, data },
  });
  const post = (path: string, body: object): RandomCommand => ({ method: 'post', path, body });
  const mobilePhone = (number: string) => ({
    type: 'MOBILE',
    countryDialingCode: '44',
    phoneNumber: number,
  });
  const command: fc.Arbitrary<RandomCommand> = fc.oneof(
    fc.record({ customerId: person, email, mobile }).map((o) =>
      post(
        '/api/customers',
        individualBody({
          ...o,
          customer: { identificationDocuments: [], phones: [mobilePhone(o.mobile)] },
        }),
      ),
    ),
    business.map((customerId) => post('/api/customers', businessBody({ customerId }))),
    fc
      .record(
        {
          emailAddress: email,
          phoneNumber: mobile.map((m) => `+44 ${m}`),
          city,
          firstName: fc.constantFrom('Ada', 'Bo'),
        },
        { requiredKeys: [] },
      )
      .chain((data) =>
        person.map((contactEncodedKey) =>
          bpm('UpdateContactCommand', { contactEncodedKey, ...data }),
        ),
      ),
    fc
      .record({ email, mobileNumber: mobile.map((m) => `+44${m}`) }, { requiredKeys: [] })
      .chain((data) =>
        person.map((customerId) => bpm('UpdateContactInfoCommand', { customerId, ...data })),
      ),
    fc
      .record({ customerId: person, email, mobile, city })
      .map(({ customerId, email, mobile, city }) =>
        bpm('UpdateCustomerCommand', {
          customerId,
          customer: {
            email,
            phones: [mobilePhone(mobile)],
            addresses: [address('SECONDARY', city)],
          },
        }),
      ),
    fc.record({ customerId: business, email, city }).map(({ customerId, email, city }) =>
      bpm('UpdateCustomerCommand', {
        customerId,
        customer: { businessAddresses: [address('PRIMARY', city)] },
        businessRepresentatives: [{ id: 'rep_joleen', email }],
      }),
    ),
    fc
      .record({ email, phones: mobile.map((m) => [mobilePhone(m)]), city }, { requiredKeys: [] })
      .chain(({ city, ...customer }) =>
        person.map((customerId) =>
          post('/customer/update', {
            customerId,
            customer: { ...customer, ...(city ? { addresses: [address('PRIMARY', city)] } : {}) },
          }),
        ),
      ),
    fc
      .record({ email, mobileNumber: mobile.map((m) => `+44${m}`) }, { requiredKeys: [] })
      .chain((body) =>
        person.map((customerId): RandomCommand => ({
          method: 'patch',
          path: `/v2/customer-persons/${customerId}/contact-info`,
          body,
        })),
      ),
    fc.oneof(
      email.map((value) => post('/api/ops/contacts/release', { kind: 'email', value })),
      mobile.map((m) => post('/api/ops/contacts/release', { kind: 'mobile', value: `+44${m}` })),
    ),
  );
  return fc.array(command, { minLength: count, maxLength: count });
}

/** Sends the commands one after another; every answer must be a decision, never a 500. */
export async function sendAll(t: TestApp, token: string, commands: readonly RandomCommand[]) {
  const statuses: number[] = [];
  for (const { method, path, body } of commands) {
    const res = await t.http[method](path).set('Authorization', `Bearer ${token}`).send(body);
    statuses.push(res.status);
  }
  return statuses;
}
