// model.observation: how closely the network measures are taken. The model never reads them, so a
// cheaper setting may change the measures it names (and the hubs of network.csv, which draw from
// the same stream) and nothing else — not one bit of any other indicator or summary value.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUMMARY_COLUMNS } from '../../src/engine/run-summary.js';
import { simulateReplication, type ReplicationResult } from '../../src/engine/simulate.js';
import { INDICATOR_COUNT, INDICATOR_NAMES } from '../../src/model/indicators.js';
import { loadScenario, validateScenario } from '../../src/scenario/load-scenario.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const { scenario: baseline } = loadScenario(join(REPO_ROOT, 'scenarios/baseline.yaml'));
const short: Scenario = { ...baseline, horizonQuarters: 10 };
const observing = (observation: Partial<Scenario['model']['observation']>): Scenario => ({
  ...short,
  model: { ...short.model, observation: { ...short.model.observation, ...observation } },
});

/** Every time-series value of every indicator but `except`, and every summary value but `except`. */
function othersThan(result: ReplicationResult, except: readonly string[]): number[] {
  const values: number[] = [];
  result.timeseries.forEach((value, i) => {
    if (!except.includes(INDICATOR_NAMES[i % INDICATOR_COUNT])) values.push(value);
  });
  result.summary.forEach((value, i) => {
    if (!except.includes(SUMMARY_COLUMNS[i])) values.push(value);
  });
  return values;
}

const clusteringOf = (result: ReplicationResult) => Array.from(result.timeseries).filter((_, i) => INDICATOR_NAMES[i % INDICATOR_COUNT] === 'clustering');

describe('model.observation', () => {
  it('a smaller clustering sample, or none, changes the clustering indicator and nothing else the model produces', () => {
    for (const replication of [0, 1]) {
      const full = simulateReplication(short, replication, 3);
      const none = simulateReplication(observing({ clusteringSamplePerRegion: 0 }), replication, 3);
      const few = simulateReplication(observing({ clusteringSamplePerRegion: 8 }), replication, 3);
      expect(clusteringOf(full).some((value) => value > 0)).toBe(true);
      expect(clusteringOf(none).every((value) => value === 0)).toBe(true);
      expect(clusteringOf(few)).not.toEqual(clusteringOf(full));
      expect(othersThan(none, ['clustering'])).toEqual(othersThan(full, ['clustering']));
      expect(othersThan(few, ['clustering'])).toEqual(othersThan(full, ['clustering']));
      // The degree distribution does not depend on any draw of the measures.
      expect(none.network.degreeCounts).toEqual(full.network.degreeCounts);
    }
  });

  it('fewer betweenness sources change the hubs of the network diagnostics alone', () => {
    const full = simulateReplication(short, 0, 3);
    const rough = simulateReplication(observing({ betweennessSources: 4 }), 0, 3);
    expect(Array.from(rough.timeseries)).toEqual(Array.from(full.timeseries));
    expect(Array.from(rough.summary)).toEqual(Array.from(full.summary));
    expect(rough.network.degreeCounts).toEqual(full.network.degreeCounts);
    expect(rough.network.hubs.map((h) => h.betweenness)).not.toEqual(full.network.hubs.map((h) => h.betweenness));
  });

  it('refuses samples below their minimum, naming the field', () => {
    const document = (observation: object) => ({ ...short, model: { ...short.model, observation } });
    expect(() => validateScenario(document({ clusteringSamplePerRegion: -1 }), 'x.yaml')).toThrow(/model\.observation\.clusteringSamplePerRegion: expected an integer from 0 to 1000000, got -1/);
    expect(() => validateScenario(document({ betweennessSources: 0 }), 'x.yaml')).toThrow(/model\.observation\.betweennessSources: expected an integer from 1 to 1000000, got 0/);
  });
});
