// What review found in allocate: careless or hostile input refused as the user's input (an InputError
// naming the problem) instead of an internal error, a crash or silent nonsense; --force replacing a
// folder whole; one allocation never raced (or put on the front) twice; --compare's folder locked,
// manifested and never overwritten without --force.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseObjectives } from '../../src/allocate/objectives.js';
import { allocate } from '../../src/experiments/allocate.js';
import { compareAllocations } from '../../src/experiments/allocate-compare.js';
import { LOCK_FILE } from '../../src/io/folder-lock.js';
import { verifyFolder } from '../../src/io/run-folder.js';
import { InputError } from '../../src/messages.js';
import { readEnsemble } from '../../src/results/ensemble-table.js';
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
  const dir = tempDir('allocate-review');
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
    // Funded to the horizon: sustainability is empty in every replication by design, refused before anything runs.
    const funded = variant(dir, 'funded.yaml', 'name: funded\npolicy:\n  programme: { lengthQuarters: 12 }\n');
    const compared = compareAllocations({ a: funded, b: funded, objectives: ['sustainability'], replications: 2 }, options);
    await expect(compared).rejects.toThrow(InputError);
    await expect(compareAllocations({ a: funded, b: funded, objectives: ['commercializations', 'sustainability'], replications: 2 }, options))
      .rejects.toThrow(/the objective sustainability would be empty in every replication of .*funded\.yaml: its funding runs to the horizon/);
    // Empty by what happened (no public money, so no leverage): refused at the replication, never a NaN in the table.
    const unfunded = variant(dir, 'unfunded.yaml', 'name: unfunded\npolicy:\n  programme: { lengthQuarters: 0 }\n');
    await expect(compareAllocations({ a: unfunded, b: unfunded, objectives: ['leverage'], replications: 2 }, options)).rejects.toThrow(/leverage is undefined \(empty\) in replication 0/);
  });

  it('writes a comparison with a manifest, refuses to replace it without --force, and never writes over another command\'s folder', async () => {
    const spec = { a: SMALL, b: SMALL, objectives: ['commercializations', 'revenueJpyM'], replications: 2, seed: 5, name: 'compared' };
    const first = await compareAllocations(spec, options);
    const manifest = JSON.parse(readFileSync(join(first.dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ command: 'allocate --compare', scenarioFiles: [SMALL, SMALL], objectives: ['commercializations', 'revenueJpyM'], masterSeed: 5, replications: 2, costsJpyM: [first.costA, first.costB] });
    expect(typeof manifest.codeHash).toBe('string');
    expect(Object.keys(manifest.files)).toEqual(['allocation-comparison.csv']);
    expect(verifyFolder(first.dir)).toMatchObject({ checked: 1, problems: [] });
    expect(existsSync(join(first.dir, LOCK_FILE))).toBe(false);
    const csv = readFileSync(first.file, 'utf8');
    const again = compareAllocations({ ...spec, seed: 6 }, options);
    await expect(again).rejects.toThrow(InputError);
    await expect(compareAllocations({ ...spec, seed: 6 }, options)).rejects.toThrow(/compared: holds a finished allocation comparison; give --force to replace it/);
    expect(readFileSync(first.file, 'utf8')).toBe(csv);
    const replaced = await compareAllocations({ ...spec, seed: 6, force: true }, options);
    expect(JSON.parse(readFileSync(join(replaced.dir, 'manifest.json'), 'utf8')).masterSeed).toBe(6);
    expect(verifyFolder(replaced.dir).problems).toEqual([]);
    // A search's folder, a run's, or a report no comparison wrote: another command's, even with --force.
    for (const [name, file, text] of [['a-search', 'manifest.json', '{"command":"allocate"}'], ['a-run-folder', 'manifest.json', '{"masterSeed":11}'], ['a-report', 'report.html', '<html></html>']]) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, file), text);
      await expect(compareAllocations({ ...spec, name, force: true }, options)).rejects.toThrow(/holds the results of another clustersim command \(a manifest\.json or report\.html that is not an allocation comparison's\)/);
      expect(readFileSync(join(dir, name, file), 'utf8')).toBe(text);
      expect(existsSync(join(dir, name, 'allocation-comparison.csv'))).toBe(false);
    }
    // And a search never writes over a comparison.
    await expect(allocate({ scenario: SMALL, levers, budgetJpyM: 2000, objectives: ['commercializations'], candidates: 1, finalists: 1, name: 'compared', force: true }, options))
      .rejects.toThrow(/that is not an allocation's\)/);
  });

  it('refuses, before the search, an objective that a candidate leaves empty by design', async () => {
    const funded = variant(dir, 'funded-search.yaml', 'name: funded\npolicy:\n  programme: { lengthQuarters: 12 }\n');
    const lengths = join(dir, 'lengths.yaml');
    writeFileSync(lengths, 'levers:\n  - { path: policy.programme.lengthQuarters, min: 4, max: 12 }\n');
    const progress: number[] = [];
    await expect(allocate({ scenario: funded, levers: lengths, budgetJpyM: 5000, objectives: ['sustainability'], candidates: 4 }, { ...options, onProgress: (done) => progress.push(done) }))
      .rejects.toThrow(/the objective sustainability would be empty in every replication of candidate 0 \(the scenario as given\)/);
    expect(progress).toEqual([]);
  });

  it('refuses an ensemble with a short row, one that sets a lever, or one that changes what an allocation costs', async () => {
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };
    const header = 'set,weight,model.research.seedsPerResearcherQuarter,distance';
    // A short row used to leave the parameter at the scenario's default, silently.
    expect(() => readEnsemble(file('short.csv', `${header}\n0,1\n1,1,0.04,0.4\n`))).toThrow(/row 1 has 2 fields but the header has 4 columns/);
    // A device or FIFO is refused from its stat (reading /dev/zero never ended).
    expect(() => readEnsemble('/dev/zero')).toThrow(/\/dev\/zero: cannot read the file \(not a regular file/);
    // Saved again by a spreadsheet (CR LF): read as written.
    expect(readEnsemble(file('crlf.csv', `${header}\r\n0,1,0.01,0.5\r\n1,3,0.04,0.4\r\n`))).toEqual({
      parameters: ['model.research.seedsPerResearcherQuarter'], sets: [{ values: [0.01], weight: 0.25 }, { values: [0.04], weight: 0.75 }],
    });
    const spec = { scenario: SMALL, levers, budgetJpyM: 2000, objectives: ['commercializations'], candidates: 2, finalists: 1 };
    const lever = file('lever.csv', 'set,weight,policy.programme.budgetPerRegionQuarterJpyM,distance\n0,1,500,0.5\n1,1,10,0.4\n');
    await expect(allocate({ ...spec, ensemble: lever }, options)).rejects.toThrow(/its parameter policy\.programme\.budgetPerRegionQuarterJpyM is one of the levers/);
    const venture = file('venture.csv', 'set,weight,policy.ventures.fundPerRegionJpyM,distance\n0,1,0,0.5\n1,1,40,0.4\n');
    await expect(allocate({ ...spec, ensemble: venture }, options)).rejects.toThrow(/parameter set 1 changes what the scenario as given costs \(1040\.0 instead of 960\.0/);
  });

  it('with --force replaces an earlier allocation whole: no regret table or front scenario of the old search stays', async () => {
    const ensemble = join(dir, 'sets.csv');
    writeFileSync(ensemble, 'set,weight,model.research.seedsPerResearcherQuarter,distance\n0,1,0.01,0.5\n');
    const spec = { scenario: SMALL, levers, budgetJpyM: 2000, objectives: ['commercializations'], name: 'again' };
    const first = await allocate({ ...spec, candidates: 6, finalists: 3, ensemble, ensembleReplications: 2 }, options);
    expect(existsSync(join(first.dir, 'regret.csv'))).toBe(true);
    const second = await allocate({ ...spec, candidates: 1, finalists: 1, force: true }, options);
    const yaml = readdirSync(second.dir).filter((name) => name.endsWith('.yaml')).sort();
    expect(yaml).toEqual(second.front.map((p) => `allocation-${p.candidate}.yaml`).sort());
    expect(existsSync(join(second.dir, 'regret.csv'))).toBe(false);
    expect(existsSync(join(second.dir, 'regret-sets.csv'))).toBe(false);
    // Another command's folder is never written over, even with --force (a run's manifest was replaced by ours).
    const runDir = join(dir, 'a-run');
    mkdirSync(runDir);
    writeFileSync(join(runDir, 'manifest.json'), JSON.stringify({ clustersim: '0.1.0', masterSeed: 11 }));
    await expect(allocate({ ...spec, name: 'a-run', candidates: 1, finalists: 1, force: true }, options)).rejects.toThrow(/holds the results of another clustersim command/);
    expect(readFileSync(join(runDir, 'manifest.json'), 'utf8')).toContain('"masterSeed":11');
    const sweepDir = join(dir, 'a-sweep');
    mkdirSync(sweepDir);
    writeFileSync(join(sweepDir, 'report.html'), '<html>a sweep</html>');
    await expect(allocate({ ...spec, name: 'a-sweep', candidates: 1, finalists: 1 }, options)).rejects.toThrow(/holds the results of another clustersim command/);
  });

  it('runs one allocation once: candidates that round or repair to the same lever values are duplicates, and a repaired reference says so', async () => {
    // Budget 500 < 960 (the scenario as given): candidate 0 and Sobol' point 3 both scale to 31.25 a quarter, bank hub off.
    const result = await allocate({ scenario: SMALL, levers, budgetJpyM: 500, objectives: ['commercializations'], candidates: 4, finalists: 2, name: 'duplicates' }, options);
    const [reference, , , third] = result.candidates;
    expect(reference).toMatchObject({ repaired: true, fate: 'finalist' });
    expect(third).toMatchObject({ repaired: true, fate: 'duplicate', duplicateOf: 0, replications: 0 });
    expect(third.values['policy.programme.budgetPerRegionQuarterJpyM']).toBeCloseTo(31.25, 9);
    expect(third.values['policy.bankHub.enabled']).toBe(false);
    expect(result.front.filter((p) => p.candidate === 3)).toHaveLength(0);
    expect(result.rungs[0].evaluated).toBe(3);
    expect(readFileSync(join(result.dir, 'summary.md'), 'utf8')).toContain('from the scenario as given with its budget levers scaled down to fit the budget (#0, 500 million yen)');
  });
});
