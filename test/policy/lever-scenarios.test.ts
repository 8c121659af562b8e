// The shipped lever scenarios (scenarios/levers/): each loads, extends the baseline, is named
// baseline-<file>, and differs from the baseline only in its own lever (or, for the no-coordinators
// and no-core-firms variants, only in those agent counts). The pattern scenarios load too.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const DIR = join(REPO_ROOT, 'scenarios/levers');
const PATTERNS = join(REPO_ROOT, 'scenarios/patterns');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const baseline = loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml')).scenario;

/** Paths (a.b[0].c) at which two resolved scenarios differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${path}[${k}]` : path ? `${path}.${k}` : k));
  }
  return Object.is(a, b) ? [] : [path];
}

/** Where a file may differ from the baseline: its lever's section, or the agent counts it removes. */
function allowed(file: string): RegExp {
  if (file === 'no-coordinators.yaml') return /^regions\[\d\]\.agents\.(programmeCoordinators|localCoordinators)$/;
  if (file === 'no-core-firms.yaml') return /^regions\[\d\]\.agents\.coreFirms$/;
  const lever = basename(file, '.yaml').split('-').slice(0, file.startsWith('continuity') ? 1 : undefined)
    .map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('');
  return new RegExp(`^policy\\.${lever}\\.`);
}

describe('scenarios/levers', () => {
  it('has one scenario per lever, the continuity variants, and the two removal variants', () => {
    for (const lever of ['continuity', 'wide-area', 'matching-funds', 'external-talent', 'bank-hub', 'project-manager', 'core-institution', 'core-firm-support', 'no-coordinators', 'no-core-firms']) {
      expect(FILES).toContain(`${lever}.yaml`);
    }
  });

  it.each(FILES)('%s extends the baseline, is named after its file, and changes only its lever', (file) => {
    const raw = parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
    expect(raw.extends).toBe('../baseline.yaml');
    const { scenario } = loadScenario(join(DIR, file));
    expect(scenario.name).toBe(`baseline-${basename(file, '.yaml')}`);
    const changed = differences(baseline, scenario).filter((p) => p !== 'name' && p !== 'description');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((p) => !allowed(file).test(p))).toEqual([]);
  });

  it.each(readdirSync(PATTERNS).filter((f) => f.endsWith('.yaml')).sort())('patterns/%s loads and is named after its file', (file) => {
    expect(loadScenario(join(PATTERNS, file)).scenario.name).toBe(basename(file, '.yaml'));
  });
});
