// The scenario schema as JSON Schema, for editors and for `clustersim schema`.
import { z } from 'zod';
import { scenarioSchema } from './schema.js';

export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // `extends` is resolved by the loader before validation, but editors should accept it.
  const properties = schema.properties as Record<string, unknown>;
  properties.extends = { type: 'string', description: 'Path of a scenario this one extends (deep merge; lists replace).' };
  return { ...schema, title: 'clustersim scenario' };
}
