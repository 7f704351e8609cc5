/** connectFi's `customer-stateCode` enum: US states, districts and territories (input only, API.md §3.1). */
export const US_STATE_CODES: readonly string[] = (
  'AL AK AS AZ AR CA CO CT DE DC FM FL GA GU HI ID IL IN IA KS KY LA ME MH MD MA MI MN MS MO ' +
  'MT NE NV NH NJ NM NY NC ND MP OH OK OR PW PA PR RI SC SD TN TX UT VT VI VA WA WV WI WY'
).split(' ');
