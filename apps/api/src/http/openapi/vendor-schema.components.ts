import type { SchemaObject } from '@nestjs/swagger';
import {
  BPM_UPDATE_CUSTOMER_DATA_ID,
  VENDOR_SCHEMA_FILES,
  withExpectedVersion,
} from '../../adapters/connectfi/schemas/connectfi.schemas.js';

const COMPONENTS = '#/components/schemas/';

/** The component that publishes the vendor schema with this `$id`. */
export const vendorSchemaRef = (id: string): { $ref: string } => ({ $ref: COMPONENTS + id });

/**
 * A vendor schema file as a component of the document. Only its references move, since a
 * component has no `$id` of its own to resolve them against: a ref to another file's `$id`
 * points at that file's component, and a `#/definitions/…` ref at the same place inside this
 * component. Everything else is copied as the file holds it (the copy also keeps the document's
 * `nullable` conversion from touching the objects ajv compiled).
 */
function asComponent(node: unknown, component: string): unknown {
  if (Array.isArray(node)) return node.map((item) => asComponent(item, component));
  if (node === null || typeof node !== 'object') return node;
  const members = Object.entries(node).map(([key, value]) => {
    if (key !== '$ref' || typeof value !== 'string') return [key, asComponent(value, component)];
    return [
      key,
      value.startsWith('#/') ? `${COMPONENTS}${component}${value.slice(1)}` : COMPONENTS + value,
    ];
  });
  return Object.fromEntries(members);
}

/**
 * The connectFi JSON Schemas (the files ajv compiles) as components named by their `$id`, plus
 * BPM's `UpdateCustomerCommand.data`, built by the function the validator's schema is built by.
 */
export function vendorSchemaComponents(): Record<string, SchemaObject> {
  const components: Record<string, SchemaObject> = {};
  for (const { $id, ...file } of VENDOR_SCHEMA_FILES) {
    const id = String($id);
    components[id] = asComponent(file, id) as SchemaObject;
  }
  const body = components['customer-update'];
  if (body) components[BPM_UPDATE_CUSTOMER_DATA_ID] = withExpectedVersion(body) as SchemaObject;
  return components;
}
