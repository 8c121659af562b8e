// Property-based fuzzing of the scenario loader and validator: random documents, random mutations of
// the default scenario (keys deleted, types changed, extreme numbers, random strings, new keys),
// random YAML-like text and random bytes. Each input either loads or is refused with an InputError
// whose every line starts with the file name (and, for a document that parsed, names a path) —
// never another exception, and never slower than a second.
// Runs per property: FUZZ_RUNS (small, for CI); set CLUSTERSIM_FUZZ_RUNS=5000 for a long session,
// CLUSTERSIM_FUZZ_SEED to replay a failure.
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { displayPath, loadScenario } from '../../src/scenario/load-scenario.js';
import { estimateMemory } from '../../src/scenario/memory-estimate.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const FUZZ_RUNS = Number(process.env.CLUSTERSIM_FUZZ_RUNS ?? 40);
const SEED = process.env.CLUSTERSIM_FUZZ_SEED === undefined ? undefined : Number(process.env.CLUSTERSIM_FUZZ_SEED);
const PARAMETERS = { numRuns: FUZZ_RUNS, seed: SEED, endOnFailure: true };
/** Per input: far above a normal load (a few ms), far below a hang. */
const MAX_MS = 1000;
/** Long sessions get more time per test than vitest's 5 s default. */
const TIMEOUT_MS = Math.max(20_000, FUZZ_RUNS * 200);

const scratch = tempDir('fuzz');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The default scenario with every default filled in, so mutations reach every section and lever. */
const BASELINE = JSON.parse(JSON.stringify(loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml')).scenario)) as Record<string, unknown>;

type Outcome = { kind: 'valid' } | { kind: 'refused'; lines: string[]; file: string };

let counter = 0;
/** Writes `content` to a fresh file and loads it; fails on anything but success or an InputError, or a slow load. */
function load(content: string | Uint8Array, extension = 'yaml'): Outcome {
  const file = join(scratch, `input-${counter++}.${extension}`);
  writeFileSync(file, content);
  const started = performance.now();
  try {
    const { scenario } = loadScenario(file);
    // What loads is usable: the memory estimate (the next thing the CLI computes) is a number.
    expect(Number.isFinite(estimateMemory(scenario, 2).totalMb)).toBe(true);
    return { kind: 'valid' };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { kind: 'refused', lines: error.message.split('\n'), file: displayPath(file) };
  } finally {
    expect(performance.now() - started).toBeLessThan(MAX_MS);
    rmSync(file, { force: true });
  }
}

/** Every line of a refusal starts with the file name and says something after it. */
function expectNamesFile(outcome: Outcome): void {
  if (outcome.kind === 'valid') return;
  for (const line of outcome.lines) {
    expect(line.startsWith(`${outcome.file}: `), line).toBe(true);
    expect(line.length).toBeGreaterThan(outcome.file.length + 2);
  }
}

/**
 * For a document that parsed into a mapping, every line also names the path of the value
 * (`regions[0].agents.smes: expected ...`, `colour: unknown key ...`), or counts further problems.
 */
function expectNamesPath(outcome: Outcome): void {
  expectNamesFile(outcome);
  if (outcome.kind === 'valid') return;
  for (const line of outcome.lines) {
    const rest = line.slice(outcome.file.length + 2);
    expect(rest, line).toMatch(/^(\S.*?: (expected|unknown key|extends: )|\.\.\. and \d+ more problems?$|extends: )/);
  }
}

// ---- generators ---------------------------------------------------------------------------------

const extremeNumber = fc.constantFrom(
  0, -0, 1, -1, 0.5, 1.5, 2, -0.1, 1e-300, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2,
  2 ** 31, 2 ** 32, 1e7, 1e7 + 1, 1e9, NaN, Infinity, -Infinity,
);
const oddString = fc.oneof(
  fc.constantFrom('', ' ', 'true', 'null', '~', '0x10', '1e400', '.nan', '-.inf', '__proto__', 'constructor', 'smez', 'tokachi', '十勝', '\u0000', 'a'.repeat(300)),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
/** Any value a YAML or JSON document can hold, with the numbers and strings that break programs. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    extremeNumber,
    fc.double(),
    fc.integer(),
    oddString,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(oddString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

type Path = (string | number)[];

/** Every path in a JSON document, the root included. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, k]));
  return paths;
}
const BASELINE_PATHS = pathsOf(BASELINE).filter((p) => p.length > 0);

type Mutation =
  | { op: 'delete'; path: Path }
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'add'; path: Path; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...BASELINE_PATHS) }),
  fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...BASELINE_PATHS), value: anyValue }),
  fc.record({ op: fc.constant('add' as const), path: fc.constantFrom([], ...BASELINE_PATHS), key: oddString, value: anyValue }),
);

function mutate(document: unknown, m: Mutation): unknown {
  const copy = structuredClone(document);
  const parentPath = m.op === 'add' ? m.path : m.path.slice(0, -1);
  let parent: any = copy;
  for (const part of parentPath) {
    if (typeof parent !== 'object' || parent === null) return copy;
    parent = parent[part];
  }
  if (typeof parent !== 'object' || parent === null) return copy;
  const key = m.op === 'add' ? m.key : m.path[m.path.length - 1];
  if (m.op === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
  } else if (Array.isArray(parent) && m.op === 'add') {
    parent.push(m.value);
  } else {
    Object.defineProperty(parent, key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** YAML, or JSON when the document has no NaN or infinity (JSON cannot say them). */
const serialized = (document: unknown) =>
  fc.boolean().map((asJson) => {
    const json = asJson ? JSON.stringify(document, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? undefined : v)) : undefined;
    return json !== undefined ? { text: json, extension: 'json' } : { text: toYaml(document), extension: 'yaml' };
  });

const YAML_ALPHABET = ['a', 'z', '0', '9', '-', '.', ':', ' ', '  ', '\n', '\t', '[', ']', '{', '}', ',', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '?', '\\', '<<', '---', '...', 'name', 'regions', 'id', 'smes', 'extends', '.inf', '.nan', '~', '\u3000', '🚀'];

// ---- properties ---------------------------------------------------------------------------------

describe('fuzzing the loader and validator', () => {
  it('random documents: valid, or refused naming the file and the path', () => {
    fc.assert(fc.property(fc.dictionary(oddString, anyValue, { maxKeys: 8 }).chain((d) => serialized(d)), ({ text, extension }) => {
      expectNamesPath(load(text, extension));
    }), PARAMETERS);
  }, TIMEOUT_MS);

  it('random documents shaped like scenarios (every key the schema knows, random values)', () => {
    const keys = fc.constantFrom('name', 'horizonQuarters', 'replications', 'seed', 'regions', 'policy', 'model', 'description', 'extends');
    const region = fc.dictionary(fc.constantFrom('id', 'fields', 'agents', 'clusterType', 'block', 'marketAccess', 'talentSupply'), anyValue, { maxKeys: 7 });
    const document = fc.dictionary(keys, fc.oneof(anyValue, fc.array(region, { maxLength: 3 })), { maxKeys: 9 });
    fc.assert(fc.property(document.chain((d) => serialized(d)), ({ text, extension }) => {
      expectNamesPath(load(text, extension));
    }), PARAMETERS);
  }, TIMEOUT_MS);

  it('mutations of the default scenario: deleted keys, changed types, extreme numbers, random strings, new keys', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, asJson) => {
      const document = mutations.reduce<unknown>(mutate, BASELINE);
      const json = asJson ? JSON.stringify(document, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? undefined : v)) : undefined;
      const outcome = json !== undefined ? load(json, 'json') : load(toYaml(document), 'yaml');
      expectNamesPath(outcome);
    }), PARAMETERS);
  }, TIMEOUT_MS);

  it('the unmutated default scenario loads (the mutation test starts from a valid document)', () => {
    expect(load(toYaml(BASELINE)).kind).toBe('valid');
  });

  it('random edits of the default scenario\'s text: characters inserted, deleted and replaced', () => {
    const text = toYaml(BASELINE);
    const edit = fc.record({ at: fc.nat({ max: text.length }), remove: fc.nat({ max: 20 }), insert: fc.string({ unit: fc.constantFrom(...YAML_ALPHABET), maxLength: 10 }) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
      const edited = edits.reduce((t, e) => t.slice(0, e.at) + e.insert + t.slice(e.at + e.remove), text);
      expectNamesFile(load(edited));
    }), PARAMETERS);
  }, TIMEOUT_MS);

  it('random YAML-like text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...YAML_ALPHABET), maxLength: 400 }), (text) => {
      expectNamesFile(load(text));
    }), PARAMETERS);
  }, TIMEOUT_MS);

  it('random Unicode text, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      expectNamesFile(load(text));
    }), PARAMETERS);
  }, TIMEOUT_MS);

  it('random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      expectNamesFile(load(bytes));
    }), PARAMETERS);
  }, TIMEOUT_MS);
});
