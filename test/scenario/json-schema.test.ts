// The JSON Schema that `clustersim schema` prints: a valid draft 2020-12 schema whose documented
// defaults are the defaults the loader applies, with every field described.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { scenarioFixture } from '../helpers/fixtures.js';

type Node = {
  default?: unknown;
  description?: string;
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: boolean | Node;
  type?: string;
};

/** Visits every property of the schema with its path and the value at that path in `value`. */
function walk(node: Node, value: unknown, path: string, visit: (node: Node, value: unknown, path: string) => void): void {
  visit(node, value, path);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const inner = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    walk(child, inner, path ? `${path}.${key}` : key, visit);
  }
  if (node.items) walk(node.items, Array.isArray(value) ? value[0] : undefined, `${path}[0]`, visit);
}

describe('scenarioJsonSchema', () => {
  const schema = scenarioJsonSchema();

  it('is a draft 2020-12 schema that Ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => new Ajv2020({ strict: true }).compile(schema)).not.toThrow();
  });

  it('documents as default exactly what the loader fills in', () => {
    // minimal.yaml sets only name, horizon, replications, one region with its fields and SME count.
    const { scenario } = loadScenario(scenarioFixture('valid/minimal.yaml'));
    const setByFixture = new Set(['name', 'horizonQuarters', 'replications', 'regions[0].agents.smes']);
    let compared = 0;
    walk(schema as Node, scenario, '', (node, value, path) => {
      if (node.default === undefined || setByFixture.has(path) || node.type === 'object') return;
      expect({ path, value }).toEqual({ path, value: node.default });
      compared++;
    });
    // Every model parameter has a default: the walk must have reached them.
    expect(compared).toBeGreaterThan(80);
  });

  it('describes every field and refuses unknown keys in every mapping', () => {
    const undocumented: string[] = [];
    const open: string[] = [];
    walk(schema as Node, undefined, '', (node, _value, path) => {
      if (path && !node.description) undocumented.push(path);
      if (node.properties && node.additionalProperties !== false) open.push(path || '(top level)');
    });
    expect(undocumented).toEqual([]);
    expect(open).toEqual([]);
  });

  it('lets editors write `extends` and `$schema`', () => {
    const properties = schema.properties as Record<string, Node>;
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const minimal = { name: 'x', regions: [{ id: 'a', fields: { food: 1 } }] };
    expect(validate({ ...minimal, extends: 'base.yaml' })).toBe(true);
    expect(validate({ ...minimal, extends: ['base.yaml', '../policies/talent.yaml'] })).toBe(true);
    expect(validate({ ...minimal, extends: 5 })).toBe(false);
    expect(properties.$schema.type).toBe('string');
  });
});

describe('scenarioJsonSchema and partial scenarios', () => {
  const validate = new Ajv2020({ strict: true, allErrors: true }).compile(scenarioJsonSchema());

  it('requires name and regions only of a file without `extends`', () => {
    expect(validate({ extends: 'tokachi.yaml', name: 'x' })).toBe(true);
    expect(validate({ extends: ['a.yaml', 'b.yaml'], policy: { programme: { lengthQuarters: 28 } } })).toBe(true);
    expect(validate({ name: 'x' })).toBe(false);
    expect(validate.errors?.some((e) => e.message?.includes('regions'))).toBe(true);
    // A partial file still gets its values checked.
    expect(validate({ extends: 'a.yaml', horizonQuarters: -1 })).toBe(false);
  });

  it('accepts every shipped scenario file as an editor would see it (before the merge)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parse } = await import('yaml');
    const root = join(import.meta.dirname, '../../scenarios');
    const files: string[] = [];
    const list = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) list(path);
        else if (/\.(ya?ml|json)$/.test(entry)) files.push(path);
      }
    };
    list(root);
    // The files an editor validates: those that name the schema (policy packages and calibration
    // targets do not; they are fragments, not scenarios).
    const declared = files.filter((f) => readFileSync(f, 'utf8').includes('$schema='));
    expect(declared.length).toBeGreaterThan(20);
    const invalid: string[] = [];
    for (const f of declared) if (!validate(parse(readFileSync(f, 'utf8')))) invalid.push(`${f}: ${JSON.stringify(validate.errors)}`);
    expect(invalid).toEqual([]);
    // Among them, files that extend another and have no regions of their own, as tokachi+talent.yaml.
    expect(declared.some((f) => f.endsWith('tokachi+talent.yaml'))).toBe(true);
  });
});
