// The floor: what one agent-step costs at the least on this machine. A struct-of-arrays loop
// over as many agents as the baseline, one seeded draw and a few flops per agent per quarter;
// every other per-agent figure is read as a multiple of it.
import { RandomStream } from '../rng/index.js';
import type { BenchOptions, Section } from './bench-types.js';
import { timeRuns } from './timing.js';

/** Quarters per timed floor run: enough agent-steps that the timer's resolution does not matter. */
const FLOOR_QUARTERS = 2000;

export interface FloorResult {
  section: Section;
  nsPerAgentStep: number;
}

export function floorSection(agents: number, options: BenchOptions): FloorResult {
  const rng = new RandomStream('bench-floor');
  const cash = new Float64Array(agents);
  const skill = new Float32Array(agents).fill(0.5);
  const alive = new Uint8Array(agents).fill(1);
  let sink = 0;
  const work = () => {
    for (let q = 0; q < FLOOR_QUARTERS; q++) {
      for (let v = 0; v < agents; v++) {
        if (!alive[v]) continue;
        const profit = (rng.uniform() - 0.5) * 2 * skill[v];
        cash[v] = cash[v] * 0.99 + profit;
        skill[v] += 0.001 * (1 - skill[v]);
      }
      sink += cash[q % agents];
    }
  };
  const timed = timeRuns(work, options.runs, options.warmups);
  const nsPerAgentStep = (timed.medianMs * 1e6) / (agents * FLOOR_QUARTERS);
  return {
    nsPerAgentStep,
    section: {
      id: 'floor',
      title: 'Floor: one draw + a few flops per agent-step (struct of arrays)',
      figures: [{ key: 'floorNsPerAgentStep', label: 'floor, ns per agent-step', value: nsPerAgentStep, unit: 'ns', digits: 1 }],
      // The sink keeps the loop from being optimised away; recording it makes it observable.
      details: { agents, quarters: FLOOR_QUARTERS, runsMs: timed.runsMs, cpuRunsMs: timed.cpuRunsMs, checksum: sink },
    },
  };
}
