// Loads a scenario file (YAML or JSON), resolves `extends` chains, validates, fills defaults.
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError, messages } from '../messages.js';
import { deepMerge, type Json } from './deep-merge.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { describeValue, formatIssue } from './validation-errors.js';

/** Scenario files larger than this are refused before parsing (a scenario is a few kB). */
export const MAX_SCENARIO_BYTES = 5_000_000;

export interface LoadedScenario {
  scenario: Scenario;
  /** Files read, the requested one first, then what it extends. */
  files: string[];
}

/** How a path is shown in messages: relative to the working directory when that is shorter. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}

function readDocument(file: string, from?: string): Record<string, Json> {
  const shown = displayPath(file);
  let bytes: number;
  try {
    bytes = statSync(file).size;
  } catch {
    throw new InputError(messages.fileNotFound(shown, from));
  }
  if (bytes > MAX_SCENARIO_BYTES) throw new InputError(messages.fileTooLarge(shown, bytes, MAX_SCENARIO_BYTES));
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (error) {
    throw new InputError(messages.fileUnreadable(shown, (error as Error).message));
  }
  if (raw.includes(0)) throw new InputError(messages.notUtf8Text(shown));
  const textContent = raw.toString('utf8');
  if (textContent.includes('\uFFFD')) throw new InputError(messages.notUtf8Text(shown));
  let parsed: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both.
    parsed = parseYaml(textContent, { maxAliasCount: 100, uniqueKeys: true });
  } catch (error) {
    // The parser's first line ends with ':' before a code excerpt we do not show.
    const detail = (error as Error).message.split('\n')[0].replace(/:\s*$/, '');
    throw new InputError(messages.syntaxError(shown, detail));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(messages.notAMapping(shown));
  }
  return parsed as Record<string, Json>;
}

export interface ScenarioDocument {
  /** The merged document, `extends` resolved. */
  document: Record<string, Json>;
  /** Files read, the requested one first, then what it extends. */
  files: string[];
  /** What each file itself says (`extends` removed), in the order of `files`. */
  layers: Record<string, Json>[];
}

/** Reads a file and everything it extends, merged, without validation. */
export function readScenarioDocument(path: string): ScenarioDocument {
  const files: string[] = [];
  const chain: string[] = [];
  let file = resolve(path);
  let from: string | undefined;
  const layers: Record<string, Json>[] = [];
  for (;;) {
    if (chain.includes(file)) throw new InputError(messages.extendsCycle([...chain, file].map(displayPath)));
    chain.push(file);
    const document = readDocument(file, from);
    files.push(file);
    const parent = document.extends;
    delete document.extends;
    layers.push(document);
    if (parent === undefined) break;
    if (typeof parent !== 'string' || parent.length === 0) {
      throw new InputError(messages.extendsNotAString(displayPath(file), describeValue(parent)));
    }
    from = displayPath(file);
    file = resolve(dirname(file), parent);
  }
  let merged: Json = {};
  for (let i = layers.length - 1; i >= 0; i--) merged = deepMerge(merged, layers[i]);
  return { document: merged as Record<string, Json>, files, layers };
}

function hasPath(document: Json, path: readonly PropertyKey[]): boolean {
  let node: unknown = document;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return true;
}

/**
 * The file that wrote the value at `path`: the first file of the chain (the requested one first)
 * that has it, since mappings merge key by key and lists replace whole. A missing value is the
 * requested file's to add.
 */
function sourceFile({ files, layers }: ScenarioDocument, path: readonly PropertyKey[]): string {
  const layer = layers.findIndex((document) => hasPath(document, path));
  return displayPath(files[Math.max(layer, 0)]);
}

/**
 * Validates a merged document. `file` names it in messages, or, for an `extends` chain, a function
 * naming the file that wrote the value at a path.
 */
export function validateScenario(document: unknown, file: string | ((path: readonly PropertyKey[]) => string)): Scenario {
  const result = scenarioSchema.safeParse(document, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.flatMap((issue) => formatIssue(file, issue));
  throw new InputError(lines.join('\n'));
}

export function loadScenario(path: string): LoadedScenario {
  const read = readScenarioDocument(path);
  // A bad value inherited through `extends` is reported in the file that wrote it, where it can be fixed.
  return { scenario: validateScenario(read.document, (at) => sourceFile(read, at)), files: read.files };
}
