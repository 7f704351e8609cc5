import fc from 'fast-check';
import { businessBody, individualBody } from '@app/testing';
import type { TestApp } from './test-app.js';

/** One request through a real surface: registration, or one of the three BPM commands. */
export interface RandomCommand {
  readonly path: '/api/customers' | '/api/bpm/cmd';
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
  const bpm = (commandName: string, data: object) => ({
    path: '/api/bpm/cmd' as const,
    body: { commandName, data },
  });
  const command: fc.Arbitrary<RandomCommand> = fc.oneof(
    fc.record({ customerId: person, email, mobile }).map((o) => ({
      path: '/api/customers' as const,
      body: individualBody({
        ...o,
        customer: {
          identificationDocuments: [],
          phones: [{ type: 'MOBILE', countryDialingCode: '44', phoneNumber: o.mobile }],
        },
      }),
    })),
    business.map((customerId) => ({
      path: '/api/customers' as const,
      body: businessBody({ customerId }),
    })),
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
            phones: [{ type: 'MOBILE', countryDialingCode: '44', phoneNumber: mobile }],
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
  );
  return fc.array(command, { minLength: count, maxLength: count });
}

/** Sends the commands one after another; every answer must be a decision, never a 500. */
export async function sendAll(t: TestApp, token: string, commands: readonly RandomCommand[]) {
  const statuses: number[] = [];
  for (const { path, body } of commands) {
    const res = await t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
    statuses.push(res.status);
  }
  return statuses;
}
