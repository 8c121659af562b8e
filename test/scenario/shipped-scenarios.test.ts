// Every shipped scenario (scenarios/, recursively; targets/ and data/ hold no scenarios) validates and
// smoke-runs: two replications over eight quarters, in-process. Policy packages (scenarios/policies/)
// are policy blocks, not scenarios: each is run on the baseline. The case library (scenarios/cases/)
// follows its conventions: a header naming the cluster type and the recommended support, and
// `case+package[+package].yaml` files that extend the case and the packages and change only those levers.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { simulateReplication } from '../../src/engine/simulate.js';
import { SUMMARY_COLUMNS } from '../../src/engine/run-summary.js';
import { deepMerge } from '../../src/scenario/deep-merge.js';
import { loadScenario, readScenarioDocument, validateScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SCENARIOS = join(REPO_ROOT, 'scenarios');
/** Folders under scenarios/ that hold no scenario files. */
const NOT_SCENARIOS = new Set(['targets', 'data']);
const POLICIES = 'policies';
const SMOKE_QUARTERS = 8;
/** Larger scenarios (the scaling benches) are smoke-run with their agent counts scaled down to about this many. */
const SMOKE_MAX_AGENTS = 20_000;

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dir === SCENARIOS && NOT_SCENARIOS.has(name) ? [] : scenarioFiles(path);
    // A budget allocation's lever spec (name.levers.yaml) sits beside its scenario but is not one.
    return /\.(ya?ml|json)$/.test(name) && !name.endsWith('.levers.yaml') ? [path] : [];
  });
}

const ALL = scenarioFiles(SCENARIOS).map((path) => relative(SCENARIOS, path));
const PACKAGES = ALL.filter((file) => file.startsWith(`${POLICIES}/`));
const SCENARIO_FILES = ALL.filter((file) => !file.startsWith(`${POLICIES}/`));
const CASES = readdirSync(join(SCENARIOS, 'cases')).filter((f) => f.endsWith('.yaml')).sort();
const BASE_CASES = CASES.filter((f) => !f.includes('+'));
const COMBINATIONS = CASES.filter((f) => f.includes('+'));

/** The scenario with every agent count scaled by the same factor (at least 1 where there were any). */
function scaledDown(scenario: Scenario): Scenario {
  const total = scenario.regions.reduce((sum, region) => sum + Object.values(region.agents).reduce((a, b) => a + b, 0), 0);
  if (total <= SMOKE_MAX_AGENTS) return scenario;
  const factor = SMOKE_MAX_AGENTS / total;
  const scale = (n: number) => (n === 0 ? 0 : Math.max(1, Math.round(n * factor)));
  return {
    ...scenario,
    regions: scenario.regions.map((region) => ({
      ...region,
      agents: Object.fromEntries(Object.entries(region.agents).map(([kind, n]) => [kind, scale(n)])) as typeof region.agents,
    })),
  };
}

/** Two short replications in-process; every summary value is a finite number or an empty ratio (NaN). */
function smokeRun(scenario: Scenario): void {
  const short: Scenario = { ...scaledDown(scenario), horizonQuarters: SMOKE_QUARTERS };
  for (const replication of [0, 1]) {
    const result = simulateReplication(short, replication, short.seed);
    expect(result.summary).toHaveLength(SUMMARY_COLUMNS.length);
    for (const value of result.summary) expect(Number.isFinite(value) || Number.isNaN(value)).toBe(true);
    expect(result.summary[SUMMARY_COLUMNS.indexOf('papersDomestic')] + result.summary[SUMMARY_COLUMNS.indexOf('papersOverseas')]).toBeGreaterThan(0);
  }
}

/** Paths (a.b[0].c) at which two values differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k));
  }
  return Object.is(a, b) ? [] : [path];
}

const raw = (file: string) => parse(readFileSync(join(SCENARIOS, file), 'utf8')) as Record<string, unknown>;
const header = (file: string) => readFileSync(join(SCENARIOS, file), 'utf8').split('\n').filter((line) => line.startsWith('#')).join('\n');

describe('shipped scenarios', () => {
  it('finds the library: baseline, levers, patterns, programmes, cases and policy packages', () => {
    expect(SCENARIO_FILES).toContain('baseline.yaml');
    expect(SCENARIO_FILES.some((f) => f.startsWith('levers/'))).toBe(true);
    expect(SCENARIO_FILES).toContain('programmes/knowledge-cluster.yaml');
    expect(SCENARIO_FILES).toContain('cases/tokachi+talent.yaml');
    expect(ALL.some((f) => f.startsWith('targets/') || f.startsWith('data/'))).toBe(false);
    for (const name of ['talent', 'wide-area', 'continuity', 'matching-funds', 'bank-hub']) expect(PACKAGES).toContain(`${POLICIES}/${name}.yaml`);
  });

  it.each(SCENARIO_FILES)('%s validates and smoke-runs', (file) => {
    const { scenario } = loadScenario(join(SCENARIOS, file));
    // Re-validating the loaded scenario (as sweeps do for each design point) gives it back unchanged.
    expect(validateScenario(structuredClone(scenario), file)).toEqual(scenario);
    smokeRun(scenario);
  });

  const baseline = readScenarioDocument(join(SCENARIOS, 'baseline.yaml')).document;
  it.each(PACKAGES)('%s holds only a policy block, and validates and smoke-runs on the baseline', (file) => {
    const { document, files } = readScenarioDocument(join(SCENARIOS, file));
    expect(files).toHaveLength(1);
    expect(Object.keys(document)).toEqual(['policy']);
    const scenario = validateScenario(deepMerge(baseline, document), file);
    expect(differences(validateScenario(baseline, 'baseline.yaml').policy, scenario.policy).length).toBeGreaterThan(0);
    smokeRun(scenario);
  });
});

describe('scenarios/cases', () => {
  const TYPES: Record<string, string> = {
    'tokachi.yaml': 'untapped',
    'nagano.yaml': 'renewal',
    'kitakyushu-fusion.yaml': 'fusion',
    'kitakyushu-transplant.yaml': 'transplant',
    'kobe.yaml': 'frontier',
  };

  it('has the five cluster types of the review, each with at least one combination of its recommended support', () => {
    for (const [file, type] of Object.entries(TYPES)) {
      expect(CASES).toContain(file);
      const { scenario } = loadScenario(join(SCENARIOS, 'cases', file));
      expect(scenario.regions.map((r) => r.clusterType)).toEqual([type]);
      const combinations = COMBINATIONS.filter((f) => f.startsWith(`${basename(file, '.yaml')}+`));
      expect(combinations.length, file).toBeGreaterThan(0);
      // The header says what the case represents and names every combination shipped for it.
      const text = header(`cases/${file}`);
      expect(text).toMatch(/[^\s]+型/); // names its cluster type (…型)
      expect(text).toMatch(/[Rr]ecommended support/);
      for (const combination of combinations) expect(text).toContain(combination);
    }
  });

  it.each(BASE_CASES)('%s is named after its file and has a header comment', (file) => {
    expect(loadScenario(join(SCENARIOS, 'cases', file)).scenario.name).toBe(basename(file, '.yaml'));
    expect(header(`cases/${file}`).split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it.each(COMBINATIONS)('%s extends its case and packages, and changes only their levers', (file) => {
    const [base, ...packages] = basename(file, '.yaml').split('+');
    expect(raw(`cases/${file}`).extends).toEqual([`${base}.yaml`, ...packages.map((p) => `../${POLICIES}/${p}.yaml`)]);
    const { scenario } = loadScenario(join(SCENARIOS, 'cases', file));
    expect(scenario.name).toBe(basename(file, '.yaml').replaceAll('+', '-'));
    const levers = new Set(packages.flatMap((p) => Object.keys((raw(`${POLICIES}/${p}.yaml`).policy ?? {}) as object)));
    const changed = differences(loadScenario(join(SCENARIOS, 'cases', `${base}.yaml`)).scenario, scenario)
      .filter((path) => path !== 'name' && path !== 'description');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((path) => !levers.has(path.split('.')[1]) || !path.startsWith('policy.'))).toEqual([]);
  });

  it('clustersim compare runs a case against its combination', async () => {
    const out = tempDir('cases-compare');
    const result = await runCli(['compare', 'scenarios/cases/tokachi.yaml', 'scenarios/cases/tokachi+talent.yaml', '-r', '2', '-w', '1', '-q', '--no-report', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/tokachi-talent\s+commercializations/);
    expect(readFileSync(join(out, 'compare-tokachi-vs-tokachi-talent', 'comparison.csv'), 'utf8')).toContain('tokachi-talent');
  }, 60_000);
});
