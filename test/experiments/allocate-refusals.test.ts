// Careless or hostile input to allocate found in review: each is refused as the user's input (an
// InputError naming the problem) before or instead of an internal error, a crash or silent nonsense.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObjectives } from '../../src/allocate/objectives.js';
import { allocate } from '../../src/experiments/allocate.js';
import { compareAllocations } from '../../src/experiments/allocate-compare.js';
import { InputError } from '../../src/messages.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const SMALL = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
const LEVERS = 'levers:\n  - { path: policy.programme.budgetPerRegionQuarterJpyM, min: 20, max: 120 }\n  - { path: policy.bankHub.enabled, kind: switch }\n';

/** A scenario extending `small` with `yaml` on top, written into `dir` as `name`. */
function variant(dir: string, name: string, yaml: string): string {
  const file = join(dir, name);
  writeFileSync(file, `extends: ${SMALL}\n${yaml}`);
  return file;
}

describe('allocate refusals', () => {
  const dir = tempDir('allocate-refusals');
  const levers = join(dir, 'levers.yaml');
  writeFileSync(levers, LEVERS);
  const options = { outRoot: dir, workers: 1 };

  it('refuses an empty objective list and fewer than two first-rung replications as input', async () => {
    expect(() => parseObjectives([])).toThrow(InputError);
    expect(() => parseObjectives([])).toThrow(/give at least one summary indicator/);
    const run = allocate({ scenario: SMALL, levers, budgetJpyM: 2000, objectives: ['commercializations'], candidates: 2, replications: 1 }, options);
    await expect(run).rejects.toThrow(InputError);
    await expect(allocate({ scenario: SMALL, levers, budgetJpyM: 2000, objectives: ['commercializations'], candidates: 2, replications: 1 }, options))
      .rejects.toThrow(/at least 2 replications/);
  });

  it('compares two allocations only over the same horizon and regions, with two replications, on defined objectives', async () => {
    const longer = variant(dir, 'longer.yaml', 'name: longer\nhorizonQuarters: 16\n');
    await expect(compareAllocations({ a: SMALL, b: longer, objectives: ['commercializations'], replications: 2 }, options)).rejects.toThrow(/horizonQuarters/);
    await expect(compareAllocations({ a: SMALL, b: SMALL, objectives: ['commercializations'], replications: 1 }, options)).rejects.toThrow(/at least 2 replications/);
    // Funded to the horizon: sustainability is empty in every replication, never a NaN in the table.
    const funded = variant(dir, 'funded.yaml', 'name: funded\npolicy:\n  programme: { lengthQuarters: 12 }\n');
    const compared = compareAllocations({ a: funded, b: funded, objectives: ['sustainability'], replications: 2 }, options);
    await expect(compared).rejects.toThrow(InputError);
    await expect(compareAllocations({ a: funded, b: funded, objectives: ['sustainability'], replications: 2 }, options)).rejects.toThrow(/sustainability is undefined \(empty\) in replication 0/);
  });
});
