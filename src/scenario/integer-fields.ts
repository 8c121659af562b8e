// Whether a scenario path (`regions[0].agents.smes`) is an integer field, read off the JSON Schema,
// so sampling designs draw whole numbers for counts and quarters without the user saying so.
import { parsePath } from './scenario-path.js';
import { scenarioJsonSchema } from './json-schema.js';

type SchemaNode = { type?: string; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[] };

export function isIntegerField(path: string): boolean {
  let node: SchemaNode | undefined = scenarioJsonSchema() as SchemaNode;
  for (const segment of parsePath(path)) {
    if (!node) return false;
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
  }
  return node?.type === 'integer';
}
