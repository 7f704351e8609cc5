/**
 * The customers of the connectFi seed (connectfi-customer-update.txt), as the vendor shows them
 * before its update. One definition, the one `demo:seed` registers; the mothers use it as is.
 */
export {
  SEED_BUSINESS_ID,
  SEED_INDIVIDUAL_ID,
  SEED_REPRESENTATIVE_ID,
  seedBusinessRegistration,
  seedIndividualRegistration,
} from '../../../../apps/cli/src/demo/connectfi-seed-customers.js';
