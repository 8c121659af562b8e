// Small builders over zod that give every scenario field a readable expectation, a default
// and a description, so validation messages and the printed JSON Schema say the same thing.
import { z } from 'zod';

interface FieldDoc<T> {
  description: string;
  default?: T;
}

function documented<S extends z.ZodType>(schema: S, doc: FieldDoc<z.input<S>>) {
  const described = schema.meta({ description: doc.description });
  return doc.default === undefined ? described : described.default(doc.default as never);
}

/** An integer in [min, max]. */
export function integer(min: number, max: number, doc: FieldDoc<number>) {
  const expectation = max === Number.MAX_SAFE_INTEGER
    ? `expected an integer >= ${min}`
    : `expected an integer from ${min} to ${max}`;
  return documented(z.int({ error: expectation }).min(min, { error: expectation }).max(max, { error: expectation }), doc);
}

/** A finite number in [min, max]; an infinite bound means no bound on that side. */
export function number(min: number, max: number, doc: FieldDoc<number>) {
  const expectation = min === -Infinity && max === Infinity
    ? 'expected a finite number'
    : max === Infinity ? `expected a number >= ${min}` : `expected a number from ${min} to ${max}`;
  // Infinite bounds are left out: JSON has no Infinity, so the printed JSON Schema would say `null`
  // there, which validators reject. zod 4 numbers refuse ±Infinity and NaN anyway.
  let schema = z.number({ error: expectation });
  if (min !== -Infinity) schema = schema.min(min, { error: expectation });
  if (max !== Infinity) schema = schema.max(max, { error: expectation });
  return documented(schema, doc);
}

/** A share or probability in [0, 1]. */
export function share(doc: FieldDoc<number>) {
  return number(0, 1, doc);
}

/** A yes/no switch. */
export function flag(doc: FieldDoc<boolean>) {
  return documented(z.boolean({ error: 'expected true or false' }), doc);
}

/** One of a fixed set of strings. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, doc: FieldDoc<T[number]>) {
  const expectation = `expected one of ${values.map((v) => `"${v}"`).join(', ')}`;
  return documented(z.enum(values, { error: expectation }), doc);
}

/** A short identifier: lower-case letters, digits, '-' and '_'. */
export function identifier(doc: FieldDoc<string>) {
  const expectation = 'expected an identifier of lower-case letters, digits, "-" or "_"';
  return documented(z.string({ error: expectation }).regex(/^[a-z0-9][a-z0-9_-]*$/, { error: expectation }), doc);
}

/** Free text. */
export function text(doc: FieldDoc<string>) {
  return documented(z.string({ error: 'expected a string' }), doc);
}

/** A strict object (unknown keys are errors) whose missing fields take their defaults. */
export function section<S extends z.ZodRawShape>(shape: S, description: string) {
  return z
    .strictObject(shape, { error: (issue) => (issue.code === 'unrecognized_keys' ? undefined : 'expected a mapping (key: value)') })
    .meta({ description });
}

/** A section that may be omitted entirely: then every field takes its default. */
export function defaultedSection<S extends z.ZodRawShape>(shape: S, description: string) {
  return section(shape, description).prefault({} as never);
}
