// The dependency rule of DESIGN.md, checked on the sources: which folder of src/ may import which.
// Every relative `import`/`export ... from` in src/**/*.ts is mapped to the folders it joins; a new
// edge outside the table, or a new cycle between folders, fails here before it grows roots.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/fixtures.js';

const SRC = join(REPO_ROOT, 'src');

/** The single files at the top of src/ are leaves every folder may use. */
const LEAVES = ['code-hash', 'messages', 'nearest-name', 'version'];

/** What each folder may import (besides LEAVES and itself), lowest layers first. */
const ALLOWED: Record<string, string[]> = {
  rng: [],
  // Pure numerical functions (normal and special functions) that the model's valuation and the
  // statistics share.
  math: [],
  io: [],
  slurm: [],
  stats: ['math', 'rng'],
  // The world's definition: scenario types, the tables and the policy levers know each other
  // (KNOWN_KNOT below); none of them reaches the layers that run or report experiments.
  scenario: ['io', 'model', 'policy', 'stats'],
  model: ['math', 'rng', 'scenario', 'policy'],
  policy: ['model', 'scenario'],
  processes: ['model', 'policy', 'rng', 'scenario'],
  engine: ['model', 'policy', 'processes', 'rng', 'scenario'],
  report: ['io'],
  // Budget allocation's decision space, costing and objectives (the search itself is in stats).
  allocate: ['engine', 'io', 'model', 'policy', 'rng', 'scenario', 'stats'],
  results: ['engine', 'io', 'model', 'policy', 'report', 'rng', 'scenario', 'stats'],
  // `workers` is the worker entry outside src/ (the pool points at it).
  montecarlo: ['engine', 'io', 'model', 'results', 'rng', 'scenario', 'stats', 'workers'],
  // The policy lab: the engine and the statistics bundled for the browser, and its Node side
  // (controls from the schema, the lab's input from a run folder).
  lab: ['engine', 'io', 'model', 'montecarlo', 'policy', 'report', 'results', 'rng', 'scenario', 'stats'],
  experiments: ['allocate', 'engine', 'io', 'lab', 'model', 'montecarlo', 'report', 'results', 'rng', 'scenario', 'slurm', 'stats'],
  cli: ['allocate', 'experiments', 'engine', 'io', 'lab', 'model', 'montecarlo', 'report', 'results', 'rng', 'scenario', 'slurm', 'stats'],
  bench: ['engine', 'experiments', 'io', 'model', 'montecarlo', 'results', 'rng', 'scenario', 'stats'],
  // src/index.ts: the library's entry.
  index: ['allocate', 'experiments', 'engine', 'io', 'model', 'montecarlo', 'report', 'results', 'rng', 'scenario', 'stats'],
};

/** The one cycle left between folders (types and the funding schedule), tracked by issue #18. */
const KNOWN_KNOT = ['model', 'policy', 'scenario'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The folder of src/ a path is in ('index' etc. for a top-level file; '..' parts for outside src/). */
function folderOf(path: string): string {
  const [first, ...rest] = relative(SRC, path).split('/');
  if (first === '..') return rest[0];
  return rest.length === 0 ? first.replace(/\.(ts|js)$/, '') : first;
}

/** `import ... from`, `export ... from`, side-effect and dynamic imports with a relative specifier. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g;

function folderEdges(): Map<string, Map<string, string[]>> {
  const edges = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const to = folderOf(resolve(dirname(file), match[1]));
      if (to === from) continue;
      const targets = edges.get(from) ?? new Map<string, string[]>();
      targets.set(to, [...(targets.get(to) ?? []), relative(REPO_ROOT, file)]);
      edges.set(from, targets);
    }
  }
  return edges;
}

/** Strongly connected sets of folders with more than one member (the cycles). */
function cycles(edges: Map<string, Map<string, string[]>>): string[][] {
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((t) => [...t.keys()])])];
  const reach = (start: string) => {
    const seen = new Set<string>();
    const stack = [start];
    while (stack.length > 0) {
      for (const next of edges.get(stack.pop()!)?.keys() ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return seen;
  };
  const reached = new Map(nodes.map((n) => [n, reach(n)]));
  const groups = new Map<string, string[]>();
  for (const n of nodes) {
    const group = nodes.filter((m) => m === n || (reached.get(n)!.has(m) && reached.get(m)!.has(n))).sort();
    if (group.length > 1) groups.set(group.join(), group);
  }
  return [...groups.values()];
}

describe('dependency rule between folders of src/', () => {
  const edges = folderEdges();

  it('every folder imports only what the layer table allows', () => {
    const violations: string[] = [];
    for (const [from, targets] of edges) {
      const allowed = ALLOWED[from];
      if (!allowed) {
        violations.push(`${from}: a folder missing from the table`);
        continue;
      }
      for (const [to, files] of targets) {
        if (!LEAVES.includes(to) && !allowed.includes(to)) violations.push(`${from} -> ${to} (${files.join(', ')})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the model layers never import montecarlo, experiments, results, stats, report or cli (DESIGN.md)', () => {
    for (const from of ['rng', 'model', 'processes', 'policy', 'engine']) {
      for (const to of ['montecarlo', 'experiments', 'results', 'stats', 'report', 'cli']) expect(edges.get(from)?.has(to) ?? false, `${from} -> ${to}`).toBe(false);
    }
  });

  it('the experiments library is imported only by the CLI, the bench and the entry point', () => {
    const importers = [...edges].filter(([, targets]) => targets.has('experiments')).map(([from]) => from);
    expect(importers.filter((from) => !['cli', 'bench', 'index'].includes(from))).toEqual([]);
  });

  it('no cycles between folders (montecarlo and results included) beyond the known model knot', () => {
    expect(edges.get('results')?.has('montecarlo') ?? false).toBe(false);
    for (const group of cycles(edges)) expect(group.every((folder) => KNOWN_KNOT.includes(folder)), group.join(' <-> ')).toBe(true);
  });

  it('finds edges at all (the parser reads multi-line imports)', () => {
    expect(edges.get('cli')?.has('experiments')).toBe(true);
    expect(edges.get('montecarlo')?.has('workers')).toBe(true);
  });
});
