// The bench's national scenarios: the committed files are what the generator writes, they load,
// have the sizes the bench reports, and the smallest runs. The hot-state measure and the fit are
// checked on small cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { initialAgents } from '../../src/bench/baseline-section.js';
import { hotState } from '../../src/bench/hot-state.js';
import { NATIONAL_SIZES, nationalScenarioYaml } from '../../src/bench/national-scenarios.js';
import { logLogSlope, scenarioFile } from '../../src/bench/scaling-section.js';
import { newWorld, simulateReplication } from '../../src/engine/simulate.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

describe('national bench scenarios', () => {
  it.each(NATIONAL_SIZES.map((s) => [s.name, s]))('%s is the generator\'s output, loads and has about the agents it is named for', (_, size) => {
    const file = scenarioFile(size.name);
    expect(readFileSync(file, 'utf8')).toBe(nationalScenarioYaml(size.name, size.agents, size.quarters));
    const { scenario } = loadScenario(file);
    expect(scenario.name).toBe(size.name);
    expect(scenario.horizonQuarters).toBe(size.quarters);
    expect(Math.abs(initialAgents(scenario) / size.agents - 1)).toBeLessThan(0.02);
    expect(scenario.regions.length).toBe(size.agents >= 10_000 ? 47 : 8);
  });

  it('the smallest runs, and its hot state counts every table once', () => {
    const { scenario } = loadScenario(scenarioFile('national-1k5'));
    let bytes = 0;
    const result = simulateReplication({ ...scenario, horizonQuarters: 8 }, 0, scenario.seed, (world) => {
      const state = hotState(world);
      bytes = state.bytes;
      expect(Object.values(state.byTable).reduce((a, b) => a + b, 0)).toBe(state.bytes);
      // At least the agent table's own columns.
      expect(state.byTable.agents).toBeGreaterThanOrEqual(world.agents.kind.byteLength + world.agents.profile.byteLength);
    });
    expect(result.summary.length).toBeGreaterThan(0);
    expect(bytes).toBeGreaterThan(0);
    const world = newWorld(scenario, '0123456789abcdef');
    // The columns (each once: an alias such as lendableJpyM is its column's array), and the list of
    // who has left (read every quarter, so hot too).
    expect(hotState(world).byTable.agents).toBe(
      [...new Set(Object.values(world.agents).filter((v) => ArrayBuffer.isView(v)))].reduce((sum, v) => sum + (v as ArrayBufferView).byteLength, 0) +
        world.agents.retired.ids.byteLength,
    );
  });

  it('fits the scaling exponent by least squares on logs', () => {
    expect(logLogSlope([1, 10, 100], [3, 30, 300])).toBeCloseTo(1, 12);
    expect(logLogSlope([1_500, 15_000, 150_000], [1, 100, 10_000])).toBeCloseTo(2, 12);
  });
});
