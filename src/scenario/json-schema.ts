// The scenario schema as JSON Schema, for editors and for `clustersim schema`.
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // `extends` is resolved by the loader before validation, but editors should accept it.
  const properties = schema.properties as Record<string, unknown>;
  properties.extends = {
    anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' }, minItems: 1 }],
    description: 'Path of a scenario this one extends, or a list of them merged in order (deep merge; lists replace); relative to this file.',
  };
  // A file that extends another is a partial scenario: its parents may bring the required fields
  // (name, regions), which the loader checks after the merge. Only a file without `extends` must have them.
  const { required, ...rest } = schema;
  const conditional = Array.isArray(required) && required.length > 0
    ? { if: { properties: { extends: true }, required: ['extends'] }, else: { properties: Object.fromEntries(required.map((key) => [key, true])), required } }
    : {};
  return { ...rest, ...conditional, title: 'clustersim scenario' };
}
