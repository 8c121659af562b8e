// Baseline throughput on one thread: replications of scenarios/baseline.yaml per second,
// in-process (no workers), and the cost per agent-step (wall time / (agents × quarters)).
import { simulateReplication } from '../engine/simulate.js';
import type { Scenario } from '../scenario/schema.js';
import type { BenchOptions, Section } from './bench-types.js';
import { timeRuns } from './timing.js';

/** Replications per timed run: ~0.2–0.5 s each, long enough to average out a GC pause. */
const REPLICATIONS_PER_RUN = 10;

/** Agents at the start of a run: the scenario's counts, every kind, every region. */
export function initialAgents(scenario: Scenario): number {
  let agents = 0;
  for (const region of scenario.regions) {
    const a = region.agents;
    agents += a.universities + a.publicInstitutes + a.smes + a.coreFirms + a.banks + a.programmeCoordinators + a.localCoordinators;
  }
  return agents;
}

export interface BaselineResult {
  section: Section;
  nsPerAgentStep: number;
}

export function baselineSection(scenario: Scenario, floorNsPerAgentStep: number, options: BenchOptions): BaselineResult {
  const agents = initialAgents(scenario);
  const quarters = scenario.horizonQuarters;
  // The same replications every run, so runs differ only by noise.
  const work = () => {
    for (let i = 0; i < REPLICATIONS_PER_RUN; i++) simulateReplication(scenario, i, scenario.seed);
  };
  const timed = timeRuns(work, options.runs, options.warmups);
  const msPerReplication = timed.medianMs / REPLICATIONS_PER_RUN;
  const replicationsPerSecond = 1000 / msPerReplication;
  const nsPerAgentStep = (msPerReplication * 1e6) / (agents * quarters);
  return {
    nsPerAgentStep,
    section: {
      id: 'baseline',
      title: `Baseline, one thread (${scenario.name}: ${agents} agents × ${quarters} quarters)`,
      figures: [
        {
          key: 'replicationsPerSecond',
          label: 'replications/s (one thread)',
          value: replicationsPerSecond,
          unit: '/s',
          digits: 1,
          targets: [
            { kind: 'min', value: 50, source: 'issue 3' },
            { kind: 'min', value: 100, source: 'issue 9' },
          ],
        },
        { key: 'msPerReplication', label: 'ms per replication', value: msPerReplication, unit: 'ms', digits: 2 },
        {
          key: 'replicationsPerCpuSecond',
          label: 'replications per CPU-second (less load-sensitive)',
          value: (1000 * REPLICATIONS_PER_RUN) / timed.medianCpuMs,
          unit: '/s',
          digits: 1,
        },
        {
          key: 'nsPerAgentStep',
          label: 'ns per agent-step',
          value: nsPerAgentStep,
          unit: 'ns',
          digits: 1,
          targets: [{ kind: 'max', value: 150, source: 'issue 9' }],
        },
        {
          key: 'floorRatio',
          label: 'ns per agent-step / floor',
          value: nsPerAgentStep / floorNsPerAgentStep,
          unit: '×',
          digits: 1,
          targets: [{ kind: 'max', value: 12, source: 'issue 9' }],
        },
      ],
      details: {
        agents,
        quarters,
        replicationsPerRun: REPLICATIONS_PER_RUN,
        runsMs: timed.runsMs,
        medianRunMs: timed.medianMs,
        cpuRunsMs: timed.cpuRunsMs,
      },
    },
  };
}
