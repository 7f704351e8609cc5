/** connectFi's `common-id` (customer and representative ids): 1 to 36 of letters, digits and _. */
export const COMMON_ID = /^[0-9a-zA-Z_]+$/;
export const COMMON_ID_MESSAGE = '$property must be 1 to 36 letters, digits or _';
