/**
 * The BPM seed's (bpm-update-contact-command.txt) "Update Contact Details" sample: the OpenAPI
 * document's example of UpdateContactCommand, and the request the BPM specs send.
 */
export const SEED_CONTACT_KEY = '8a8e87e87d1234567890abcd';

/** The sample request, exactly as the vendor document shows it. */
export const SEED_SAMPLE_REQUEST = {
  commandName: 'UpdateContactCommand',
  data: {
    contactEncodedKey: SEED_CONTACT_KEY,
    phoneNumber: '+234 987 654 3210',
    emailAddress: 'newemail@example.com',
    address: '456 New Street, Apt 10C',
    city: 'Abuja',
    state: 'FCT',
  },
};

/**
 * The seed's success answer as this service sends it: `version` added (API.md §3.1: three aspects
 * changed after registration, so 4) and the time with milliseconds (§0).
 */
export const SEED_SAMPLE_ANSWER = {
  isSuccessful: true,
  statusCode: '00',
  message: 'Contact updated successfully.',
  data: {
    contactEncodedKey: SEED_CONTACT_KEY,
    version: 4,
    lastModifiedDate: '2025-12-18T10:30:00.000Z',
  },
};
