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
  return { ...schema, title: 'clustersim scenario' };
}
