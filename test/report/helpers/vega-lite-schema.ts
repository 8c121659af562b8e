// Validates specs against the official Vega-Lite JSON schema shipped in the vega-lite package.
// The schema declares draft-07, which is Ajv's default class (not ajv/dist/2019 or 2020).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

let validator: ValidateFunction | undefined;

export function vegaLiteSchema(): { $schema: string } {
  // The package exports its schema file, so a plain resolve finds it wherever node_modules is.
  return JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as { $schema: string };
}

/** Compiling the schema takes seconds; call this in a beforeAll with a generous timeout. */
export function compiled(): ValidateFunction {
  if (validator) return validator;
  // strict off: the schema uses keywords (e.g. ordering hints) that Ajv's strict mode rejects.
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat('color-hex', /^#(?:[0-9a-fA-F]{3}){1,2}$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', true);
  validator = ajv.compile(vegaLiteSchema());
  return validator;
}

/** Empty when the spec is valid; otherwise the schema errors, readable in a failed assertion. */
export function schemaErrors(spec: unknown): string[] {
  const validate = compiled();
  if (validate(spec)) return [];
  return (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
