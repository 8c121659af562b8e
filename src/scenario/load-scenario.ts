// Loads a scenario file (YAML or JSON), resolves `extends` (one file or a list), validates, fills
// defaults, and reads the initial network's CSV files into the scenario.
// Hostile input (binary data, huge or endless files, deep nesting, thousands of keys) is refused
// with a message naming the file, in time linear in the file's size.
import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { NotARegularFileError, readRegularFile } from '../io/regular-file.js';
import { InputError, messages } from '../messages.js';
import { deepMerge, type Json } from './deep-merge.js';
import { inputScope, inScope, type InputScope } from './input-scope.js';
import { loadNetworkTables, type TableInput } from './network-csv.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { describeValue, formatIssue } from './validation-errors.js';

/**
 * Scenario files larger than this are refused before parsing. A scenario is a few kB (the
 * baseline 2.5 kB); the YAML parser reads about 0.1–1 MB/s of dense input, so this bounds the time
 * a malformed file can take to a few seconds.
 */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** Flow collections (`[`, `{`) nested deeper than this are refused before parsing (the parser recurses). */
export const MAX_NESTING = 64;
/** At most this many problems are listed per file; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 50;

export interface LoadedScenario {
  scenario: Scenario;
  /** Files read, the requested one first, then what it extends. */
  files: string[];
}

/** How a path is shown in messages: relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}

/** `EACCES: permission denied`, without the path Node appends (the message names the file already). */
function errnoReason(error: unknown): string {
  return (error as Error).message.replace(/, \w+ '.*'$/, '');
}

/**
 * Reads at most MAX_SCENARIO_BYTES + 1 bytes of a regular file. Devices, FIFOs and directories are
 * refused from their stat, without being opened: `/dev/zero` or a pipe would never end.
 */
function readBytes(file: string, shown: string, from: string | undefined): Buffer {
  let raw: Buffer;
  try {
    raw = readRegularFile(file, MAX_SCENARIO_BYTES);
  } catch (error) {
    if (error instanceof NotARegularFileError) throw new InputError(messages.notARegularFile(shown, from));
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(messages.fileNotFound(shown, from));
    throw new InputError(messages.fileUnreadable(shown, errnoReason(error), from));
  }
  // Also a file that grew past the limit while being read, or a /proc file that reports size 0.
  if (raw.length > MAX_SCENARIO_BYTES) throw new InputError(messages.fileTooLarge(shown, Math.max(raw.length, statSync(file).size), MAX_SCENARIO_BYTES));
  return raw;
}

/**
 * The line where flow collections first nest deeper than `limit`, if they do. Quoted scalars and
 * comments are skipped; a stray bracket in a plain scalar counts, which only matters past `limit`.
 */
export function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const previous = i === 0 ? '\n' : text[i - 1];
    if (c === '\n') line++;
    else if (c === '#' && /\s/.test(previous)) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if ((c === '"' || c === "'") && /[\s,[{:]/.test(previous)) {
      for (i++; i < text.length; i++) {
        if (text[i] === '\n') line++;
        else if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return line;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/**
 * The first key that appears twice in one mapping, as a parse error would say it. The parser's own
 * check (`uniqueKeys`) compares every pair of keys, which takes minutes on a file of 50,000 keys.
 */
function duplicateKey(document: ReturnType<typeof parseDocument>, lines: LineCounter): string | undefined {
  let found: string | undefined;
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          const at = lines.linePos(pair.key.range?.[0] ?? 0);
          found = `Map keys must be unique (${JSON.stringify(key)}) at line ${at.line}, column ${at.col}`;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** The parser's message without the code excerpt after its first line. */
function parseErrorDetail(error: Error): string {
  const detail = error.message.split('\n')[0].replace(/:\s*$/, '');
  return detail.replace(/^Maximum call stack size exceeded/, 'nested too deeply');
}

function readDocument(file: string, from?: string): Record<string, Json> {
  const shown = displayPath(file);
  const raw = readBytes(file, shown, from);
  if (raw.includes(0)) throw new InputError(messages.notUtf8Text(shown));
  const textContent = raw.toString('utf8');
  if (textContent.includes('\uFFFD')) throw new InputError(messages.notUtf8Text(shown));
  const deepAt = tooDeepAt(textContent, MAX_NESTING);
  if (deepAt !== undefined) throw new InputError(messages.nestedTooDeeply(shown, deepAt, MAX_NESTING));
  let parsed: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both. Warnings (unknown tags) are not
    // printed: what the tag produced is validated like any other value.
    const lines = new LineCounter();
    const document = parseDocument(textContent, { uniqueKeys: false, logLevel: 'error', lineCounter: lines });
    if (document.errors.length > 0) throw document.errors[0];
    const duplicate = duplicateKey(document, lines);
    if (duplicate) throw new InputError(messages.syntaxError(shown, duplicate));
    parsed = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(messages.syntaxError(shown, parseErrorDetail(error as Error)));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError(messages.notAMapping(shown));
  }
  return parsed as Record<string, Json>;
}

export interface ScenarioDocument {
  /** The merged document, `extends` resolved. */
  document: Record<string, Json>;
  /**
   * Files read, each once, in order of precedence: the requested one first, then what it extends
   * (of a list, later parents before earlier ones), so the first file that sets a value wrote it.
   */
  files: string[];
  /** What each file itself says (`extends` removed), in the order of `files`. */
  layers: Record<string, Json>[];
}

/** How a scenario is loaded. */
export interface LoadOptions {
  /**
   * Folders (besides the scenario's own folder and the working directory) whose files the scenario
   * may read through `extends` and initialNetwork paths (the CLI's --allow-paths).
   */
  allowPaths?: readonly string[];
}

/** Refuses, before it is read, a path a scenario names that leads outside its scope. */
function checkInScope(scope: InputScope, path: string, from: string, key: string): void {
  if (!inScope(scope, path)) {
    const roots = scope.roots.map((root) => (relative(process.cwd(), root) === '' ? '.' : displayPath(root)));
    throw new InputError(messages.outsideScope(from, key, displayPath(path), roots));
  }
}

/** At most this many files in one scenario's `extends` graph. */
export const MAX_EXTENDS_FILES = 100;

/** The parents a file names in `extends`: one path, a list of paths, or none. */
function parentsOf(document: Record<string, Json>, file: string): string[] {
  const parent = document.extends;
  if (parent === undefined) return [];
  if (typeof parent === 'string' && parent.length > 0) return [parent];
  if (Array.isArray(parent)) {
    if (parent.length === 0) throw new InputError(messages.extendsEmptyList(displayPath(file)));
    parent.forEach((item, index) => {
      if (typeof item !== 'string' || item.length === 0) {
        throw new InputError(messages.extendsListItem(displayPath(file), index, describeValue(item)));
      }
    });
    return parent as string[];
  }
  throw new InputError(messages.extendsNotAString(displayPath(file), describeValue(parent)));
}

/**
 * Reads a file and everything it extends, merged, without validation. `extends` names one file or a
 * list of files. Each file is merged once, after everything it extends, and a list in its order: for
 * `extends: [a, b]`, a (with what it extends), then b (with what it extends and a did not already
 * bring), then the file itself. A file that two parents share is merged once, where it first appears.
 */
export function readScenarioDocument(path: string, options: LoadOptions = {}): ScenarioDocument {
  const root = resolve(path);
  const scope = inputScope(root, options.allowPaths);
  const layerOf = new Map<string, Record<string, Json>>();
  const order: string[] = []; // merge order: every file after the files it extends
  const visit = (file: string, chain: string[], from: string | undefined): void => {
    if (chain.includes(file)) throw new InputError(messages.extendsCycle([...chain, file].map(displayPath)));
    if (layerOf.has(file)) return;
    if (layerOf.size >= MAX_EXTENDS_FILES) throw new InputError(messages.extendsTooMany(displayPath(root), MAX_EXTENDS_FILES));
    const document = readDocument(file, from);
    const parents = parentsOf(document, file).map((parent) => resolve(dirname(file), parent));
    for (const parent of parents) checkInScope(scope, parent, displayPath(file), 'extends');
    delete document.extends;
    layerOf.set(file, document);
    for (const parent of parents) visit(parent, [...chain, file], displayPath(file));
    order.push(file);
  };
  visit(root, [], undefined);
  let merged: Json = {};
  for (const file of order) merged = deepMerge(merged, layerOf.get(file)!);
  const files = order.reverse();
  return { document: merged as Record<string, Json>, files, layers: files.map((file) => layerOf.get(file)!) };
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
function sourceFile(read: ScenarioDocument, path: readonly PropertyKey[]): string {
  return displayPath(sourceFileAbsolute(read, path));
}

function sourceFileAbsolute({ files, layers }: ScenarioDocument, path: readonly PropertyKey[]): string {
  const layer = layers.findIndex((document) => hasPath(document, path));
  return files[Math.max(layer, 0)];
}

/**
 * Validates a merged document. `file` names it in messages, or, for an `extends` chain, a function
 * naming the file that wrote the value at a path.
 */
export function validateScenario(document: unknown, file: string | ((path: readonly PropertyKey[]) => string)): Scenario {
  const result = scenarioSchema.safeParse(document, { reportInput: true });
  if (result.success) return result.data;
  // A Set, since one bad value can fail two checks with the same wording (an integer that is also
  // too large). Past the cap, problems are only counted: a file can have 100,000 unknown keys.
  const lines = new Set<string>();
  let more = 0;
  for (const issue of result.error.issues) {
    const room = MAX_REPORTED_PROBLEMS - lines.size;
    if (issue.code === 'unrecognized_keys' && issue.keys.length > room) {
      more += issue.keys.length - room;
      if (room > 0) for (const line of formatIssue(file, { ...issue, keys: issue.keys.slice(0, room) })) lines.add(line);
    } else if (room > 0) {
      for (const line of formatIssue(file, issue)) lines.add(line);
    } else {
      more++;
    }
  }
  const shown = [...lines];
  if (more > 0) shown.push(messages.moreProblems(typeof file === 'string' ? file : file([]), more));
  throw new InputError(shown.join('\n'));
}

/**
 * Reads the CSV files the scenario's `initialNetwork` names (each path relative to the file that
 * wrote it) and puts their rows into the scenario, so that the data travels with the scenario to
 * workers and into the manifest. Bad data is refused here, before any run.
 */
function withNetworkData(scenario: Scenario, read: ScenarioDocument, scope: InputScope): Scenario {
  const network = scenario.initialNetwork;
  if (!network || (typeof network.agents !== 'string' && typeof network.edges !== 'string')) return scenario;
  const table = <Row>(key: 'agents' | 'edges', value: string | Row[]): TableInput<Row> => {
    const writer = sourceFileAbsolute(read, ['initialNetwork', key]);
    if (typeof value !== 'string') return { rows: value, file: displayPath(writer) };
    const path = resolve(dirname(writer), value);
    checkInScope(scope, path, displayPath(writer), `initialNetwork.${key}`);
    return { path, shown: displayPath(path), scenarioFile: displayPath(writer) };
  };
  const data = loadNetworkTables(table('agents', network.agents), table('edges', network.edges), scenario.regions.map((r) => r.id));
  return { ...scenario, initialNetwork: data };
}

export function loadScenario(path: string, options: LoadOptions = {}): LoadedScenario {
  const read = readScenarioDocument(path, options);
  // A bad value inherited through `extends` is reported in the file that wrote it, where it can be fixed.
  const scenario = validateScenario(read.document, (at) => sourceFile(read, at));
  return { scenario: withNetworkData(scenario, read, inputScope(resolve(path), options.allowPaths)), files: read.files };
}
