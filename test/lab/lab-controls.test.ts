// The lab's controls come from the policy schema (every lever field, its default, bounds and unit),
// and the edited scenario it offers as YAML loads back through the CLI's loader unchanged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { labControls } from '../../src/lab/lab-controls.js';
import { valueAt } from '../../src/lab/lab-data.js';
import { editedScenario, sliderRange } from '../../src/lab/lab-form.js';
import { labInput } from '../../src/lab/lab-input.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { policySchema } from '../../src/scenario/schema.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

/** Dotted paths of every non-object value in a tree. */
function leaves(tree: unknown, path: string[] = []): string[] {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [path.join('.')];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, [...path, key]));
}

describe('policy lab controls', () => {
  const controls = labControls();
  const byField = (path: string) => controls.find((c) => c.path.join('.') === path)!;

  it('offers every policy lever field once, with the schema default', () => {
    const defaults = policySchema.parse({});
    expect(controls.map((c) => c.path.slice(1).join('.')).sort()).toEqual(leaves(defaults).sort());
    for (const control of controls) expect(control.default, control.path.join('.')).toEqual(valueAt(defaults, control.path.slice(1)));
  });

  it('takes kinds, bounds and units from the schema', () => {
    expect(byField('policy.programme.lengthQuarters')).toMatchObject({ kind: 'integer', min: 0, max: 10_000, unit: 'quarters', group: 'programme' });
    expect(byField('policy.programme.budgetPerRegionQuarterJpyM')).toMatchObject({ kind: 'number', min: 0, unit: 'jpyM' });
    expect(byField('policy.programme.budgetPerRegionQuarterJpyM').max).toBeUndefined();
    expect(byField('policy.programme.publicCostShare')).toMatchObject({ unit: 'share', min: 0, max: 1 });
    expect(byField('policy.externalTalent.coordinatorsPerRegionYear').unit).toBe('perYear');
    expect(byField('policy.continuity.midTermEvaluation.enabled')).toMatchObject({ kind: 'boolean', group: 'continuity.midTermEvaluation' });
    expect(byField('policy.matchingFunds.eligibility')).toMatchObject({ kind: 'choice', choices: ['all', 'smes', 'coreFirms'] });
  });

  it('sizes sliders to the bounds when near, else to the value (quarters: the horizon)', () => {
    expect(sliderRange(byField('policy.programme.publicCostShare'), 0.7, 40)).toEqual({ min: 0, max: 1, step: 0.01 });
    expect(sliderRange(byField('policy.programme.lengthQuarters'), 8, 12)).toEqual({ min: 0, max: 12, step: 1 });
    expect(sliderRange(byField('policy.programme.lengthQuarters'), 30, 12).max).toBe(30);
    expect(sliderRange(byField('policy.programme.budgetPerRegionQuarterJpyM'), 60, 40)).toEqual({ min: 0, max: 500, step: 5 });
  });

  it('writes an edited scenario that the loader reads back unchanged', () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'scenarios/cases/data-network.yaml'));
    const data = { lang: 'en' as const, ...labInput(scenario, 7, 12), scenario };
    const values = new Map<string, number | boolean | string>([
      ['policy.programme.lengthQuarters', 9],
      ['policy.bankHub.enabled', true],
      ['policy.matchingFunds.eligibility', 'smes'],
    ]);
    const edited = editedScenario(data, values, 12);
    expect(edited).toMatchObject({ name: `${scenario.name}-lab`, seed: 7, replications: 12 });
    expect(edited.policy.programme.lengthQuarters).toBe(9);
    expect(edited.policy.bankHub.enabled).toBe(true);
    expect(edited.policy.matchingFunds.eligibility).toBe('smes');
    expect(scenario.policy.bankHub.enabled).toBe(false);
    const file = join(tempDir('lab-yaml'), 'edited.yaml');
    writeFileSync(file, stringify(edited));
    expect(loadScenario(file).scenario).toEqual(edited);
  });
});
