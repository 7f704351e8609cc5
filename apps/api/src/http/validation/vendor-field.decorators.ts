import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches, ValidateIf } from 'class-validator';
import commonId from '../../adapters/connectfi/schemas/common-id.schema.json' with { type: 'json' };
import commonStr50Req from '../../adapters/connectfi/schemas/common-common-str50-req.schema.json' with { type: 'json' };
import commonStr50 from '../../adapters/connectfi/schemas/common-common-str50.schema.json' with { type: 'json' };
import countryCodeA3 from '../../adapters/connectfi/schemas/customer-country-code-a3.schema.json' with { type: 'json' };
import dialingCode from '../../adapters/connectfi/schemas/customer-country-dialing-code.schema.json' with { type: 'json' };
import phoneNumber from '../../adapters/connectfi/schemas/customer-phone-number.schema.json' with { type: 'json' };
import postalCode from '../../adapters/connectfi/schemas/customer-postal-code.schema.json' with { type: 'json' };

interface StringSchema {
  readonly pattern: string;
  readonly minLength?: number;
  readonly maxLength?: number;
}

/**
 * A class-validator rule read from one of the vendor's string schemas, so that our own bodies
 * (registration, BPM) and connectFi's (ajv) check an id, a text or a phone number by the one
 * definition in `adapters/connectfi/schemas/`; the OpenAPI document describes the field by the
 * same schema. Whether the field is required is the DTO's to say.
 */
function vendorString(schema: StringSchema, message: string): PropertyDecorator {
  const { pattern, minLength, maxLength } = schema;
  return applyDecorators(
    ApiProperty({ type: 'string', pattern, minLength, maxLength }),
    IsString(),
    Length(minLength ?? 0, maxLength),
    Matches(new RegExp(pattern), { message: `$property ${message}` }),
  );
}

/** Whether `value` is a connectFi `common-id`, by the same schema {@link IsCommonId} checks. */
export function isCommonId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= commonId.minLength &&
    value.length <= commonId.maxLength &&
    new RegExp(commonId.pattern).test(value)
  );
}

/** connectFi's `common-id`: customer and representative ids. */
export const IsCommonId = (): PropertyDecorator =>
  vendorString(
    commonId,
    `must be ${commonId.minLength} to ${commonId.maxLength} letters, digits or _`,
  );

/** connectFi's `common-commonStr50Req`: required text without `<`/`>`, not only whitespace. */
export const IsRequiredText50 = (): PropertyDecorator =>
  applyDecorators(
    vendorString(commonStr50Req, 'must not contain < or >'),
    ApiProperty({ description: 'Not only whitespace.' }),
    Matches(/\S/, { message: '$property must not be only whitespace' }),
  );

/** connectFi's `common-commonStr50`: optional text without `<`/`>`; `null` allowed (nullable). */
export const IsOptionalText50 = (): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ required: false, nullable: commonStr50.nullable }),
    ValidateIf((_object: object, value: unknown) => value !== null && value !== undefined),
    vendorString(commonStr50, 'must not contain < or >'),
  );

/** connectFi's `customer-phoneNumber`: the 6 to 12 digits that surface's input takes. */
export const IsVendorPhoneNumber = (): PropertyDecorator =>
  vendorString(phoneNumber, `must be ${phoneNumber.minLength} to ${phoneNumber.maxLength} digits`);

/** connectFi's `customer-countryDialingCode`. */
export const IsVendorDialingCode = (): PropertyDecorator =>
  vendorString(dialingCode, `must be ${dialingCode.minLength} to ${dialingCode.maxLength} digits`);

/** connectFi's `customer-postalCode`. */
export const IsVendorPostalCode = (): PropertyDecorator =>
  vendorString(postalCode, 'may hold letters, digits and - only, 5 to 10 of them');

/** connectFi's `customer-countryCodeA3`: any three capitals. */
export const IsCountryCodeA3 = (): PropertyDecorator =>
  vendorString(countryCodeA3, 'must be an ISO 3166-1 alpha-3 code');
