import { ValidateBy, type ValidationOptions } from 'class-validator';
import { decodeCommandCursor, decodeEventCursor } from '@app/audit';

const DECODERS = { events: decodeEventCursor, commands: decodeCommandCursor } as const;

/** A cursor that a previous page of the same list handed out (they are opaque, API.md §0). */
export function IsCursor(list: keyof typeof DECODERS, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCursor',
      validator: {
        validate: (value) => typeof value === 'string' && DECODERS[list](value) !== undefined,
        defaultMessage: () => 'cursor must be the nextCursor of a previous page',
      },
    },
    options,
  );
}
