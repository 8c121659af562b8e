// The lever spec's shape checks found missing in review: [*] anywhere but regions[*] (it was replaced
// by region indices, fundingPeriods[*] silently meaning "period r for region r"), and fields that are
// how a scenario is run rather than decisions (seed, replications, horizonQuarters).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leverSpecFrom, resolveLevers } from '../../src/allocate/lever-spec.js';
import { InputError } from '../../src/messages.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const spec = (path: string, bounds = { min: 1, max: 2 }) => leverSpecFrom({ levers: [{ path, ...bounds }] }, 'spec.yaml');

describe('lever spec paths', () => {
  it.each([
    ['regions[0].fundingPeriods[*].budgetPerQuarterJpyM', /\[\*\] expands to one lever per region and may stand only in regions\[\*\]/],
    ['regions[*].fundingPeriods[*].budgetPerQuarterJpyM', /may stand only in regions\[\*\]/],
    ['policy[*].x', /may stand only in regions\[\*\]/],
    ['seed', /path seed: not a decision/],
    ['replications', /path replications: not a decision/],
    ['horizonQuarters', /path horizonQuarters: not a decision/],
  ])('refuses %s', (path, message) => {
    expect(() => spec(path)).toThrow(InputError);
    expect(() => spec(path)).toThrow(message);
  });

  it('still expands regions[*] to one lever per region', () => {
    const { scenario } = loadScenario(join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml'));
    const levers = resolveLevers(spec('regions[*].agents.smes', { min: 20, max: 80 }), scenario);
    expect(levers.map((l) => l.path)).toEqual(['regions[0].agents.smes', 'regions[1].agents.smes']);
  });
});
