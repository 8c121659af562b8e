// Turns schema issues into one-line messages naming file, path, expectation and what was found;
// an unknown key gets the nearest known key of its mapping as a suggestion (`smez` → `smes`).
import type { z } from 'zod';
import { excerpt, MAX_EXCERPT_CHARS, messages } from '../messages.js';
import { nearestName } from '../nearest-name.js';
import { scenarioJsonSchema } from './json-schema.js';

/** A key printed as it is when it looks like one, quoted otherwise (empty, spaces, dots...). */
function showKey(key: string): string {
  if (key.length > MAX_EXCERPT_CHARS) return excerpt(key);
  return /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
}

/** `regions[2].smes` style path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${showKey(String(part))}` : showKey(String(part));
  }
  return out;
}

/** A short rendering of a found value: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a mapping';
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

type SchemaNode = {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: { enum?: string[] };
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
};

let schemaRoot: SchemaNode | undefined;

/** The keys the scenario schema allows in the mapping at `path` (empty if the path is not a mapping of it). */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  schemaRoot ??= scenarioJsonSchema() as SchemaNode;
  let nodes: SchemaNode[] = [schemaRoot];
  const branches = (node: SchemaNode): SchemaNode[] => [node, ...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  for (const part of path) {
    nodes = nodes.flatMap(branches).flatMap((node): SchemaNode[] => {
      if (typeof part === 'number') return node.items ? [node.items] : [];
      const property = node.properties?.[String(part)];
      if (property) return [property];
      return typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [];
    });
  }
  const keys = new Set<string>();
  for (const node of nodes.flatMap(branches)) {
    for (const key of Object.keys(node.properties ?? {})) keys.add(key);
    for (const key of node.propertyNames?.enum ?? []) keys.add(key);
  }
  return [...keys];
}

/** `fileOf` names the file that wrote the value at a path (one file, or the right layer of an `extends` chain). */
export function formatIssue(fileOf: string | ((path: readonly PropertyKey[]) => string), issue: z.core.$ZodIssue): string[] {
  const nameFile = typeof fileOf === 'string' ? () => fileOf : fileOf;
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(issue.path);
    return issue.keys.map((key) => messages.unknownKey(nameFile([...issue.path, key]), path, showKey(key), nearestName(key, known)));
  }
  let expectation = issue.message;
  if (!expectation.startsWith('expected')) expectation = `expected ${expectation}`;
  return [messages.invalidField(nameFile(issue.path), path || '(top level)', expectation, describeValue((issue as { input?: unknown }).input))];
}
