// Scaling (issue 9): time per agent-step of the generated national scenarios at 1.5k, 15k and 150k
// agents, one thread, and the exponent of time against agents fitted over them (log–log least
// squares); and (unless --quick) one replication at 1M agents in a child process of its own (wall
// time, peak RSS, hot state). Hot state per agent is measured at the end of a run (memory section).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulateReplication } from '../engine/simulate.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { PACKAGE_ROOT } from '../version.js';
import { initialAgents } from './baseline-section.js';
import type { BenchOptions, Figure, Section } from './bench-types.js';
import { hotState, type HotState } from './hot-state.js';
import type { NationalRun } from './national-run.js';
import { timeRuns } from './timing.js';

/** Sizes timed in-process and fitted; 1M runs once, in a child process. */
const FITTED = ['national-1k5', 'national-15k', 'national-150k'] as const;
const MILLION = 'national-1m';
/** Agent-steps per timed run at least (several replications of the small scenarios per run). */
const MIN_AGENT_STEPS_PER_RUN = 500_000;
/** Above this many agents a replication takes seconds: three runs, no warm-up (the JIT is warm by then). */
const LARGE = 100_000;

export function scenarioFile(name: string): string {
  return join(PACKAGE_ROOT, 'scenarios', 'bench', `${name}.yaml`);
}

interface SizeResult {
  name: string;
  agents: number;
  quarters: number;
  replicationsPerRun: number;
  msPerReplication: number;
  cpuMsPerReplication: number;
  nsPerAgentStep: number;
  runsMs: number[];
  hotState: HotState;
}

function timeSize(name: string, options: BenchOptions): SizeResult {
  const { scenario } = loadScenario(scenarioFile(name));
  const agents = initialAgents(scenario);
  const quarters = scenario.horizonQuarters;
  const large = agents > LARGE;
  const replicationsPerRun = Math.max(1, Math.round(MIN_AGENT_STEPS_PER_RUN / (agents * quarters)));
  let hot: HotState = { bytes: 0, byTable: {} };
  const work = () => {
    for (let i = 0; i < replicationsPerRun; i++) simulateReplication(scenario, i, scenario.seed, (world) => { hot = hotState(world); });
  };
  const timed = large ? timeRuns(work, 3, 0) : timeRuns(work, options.runs, options.warmups);
  const msPerReplication = timed.medianMs / replicationsPerRun;
  return {
    name,
    agents,
    quarters,
    replicationsPerRun,
    msPerReplication,
    cpuMsPerReplication: timed.medianCpuMs / replicationsPerRun,
    nsPerAgentStep: (msPerReplication * 1e6) / (agents * quarters),
    runsMs: timed.runsMs,
    hotState: hot,
  };
}

/** Slope of log(y) against log(x), least squares. */
export function logLogSlope(x: readonly number[], y: readonly number[]): number {
  const lx = x.map(Math.log);
  const ly = y.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < lx.length; i++) {
    sxy += (lx[i] - mx) * (ly[i] - my);
    sxx += (lx[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/** One replication of a scenario in a fresh process (dist/src/bench/national-run.js). */
export function runInChild(file: string): NationalRun {
  const script = fileURLToPath(new URL('./national-run.js', import.meta.url));
  const out = execFileSync(process.execPath, [script, file], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as NationalRun;
}

export interface ScalingResult {
  section: Section;
  sizes: SizeResult[];
  million?: NationalRun;
}

export function scalingSection(options: BenchOptions, full: boolean): ScalingResult {
  const sizes = FITTED.map((name) => timeSize(name, options));
  const exponent = logLogSlope(sizes.map((s) => s.agents), sizes.map((s) => s.msPerReplication));
  const cpuExponent = logLogSlope(sizes.map((s) => s.agents), sizes.map((s) => s.cpuMsPerReplication));
  const figures: Figure[] = sizes.map((s) => ({
    key: `nsPerAgentStep.${s.name}`,
    label: `${s.name}: ${s.agents.toLocaleString('en')} agents, ns per agent-step (${(s.msPerReplication / 1000).toFixed(2)} s per replication)`,
    value: s.nsPerAgentStep,
    unit: 'ns',
    digits: 1,
  }));
  figures.push(
    {
      key: 'scalingExponent',
      label: `scaling exponent, time ∝ agents^k, ${sizes[0].agents.toLocaleString('en')}–${sizes[sizes.length - 1].agents.toLocaleString('en')}`,
      value: exponent,
      unit: '',
      digits: 3,
      targets: [{ kind: 'max', value: 1.15, source: 'issue 9' }],
    },
    { key: 'scalingExponentCpu', label: 'scaling exponent on CPU time', value: cpuExponent, unit: '', digits: 3 },
  );
  let million: NationalRun | undefined;
  if (full) {
    million = runInChild(scenarioFile(MILLION));
    figures.push(
      {
        key: 'millionWallSeconds',
        label: `${MILLION}: ${million.agents.toLocaleString('en')} agents × ${million.quarters} quarters, wall time (one thread)`,
        value: million.wallMs / 1000,
        unit: 's',
        digits: 1,
        targets: [{ kind: 'max', value: 60, source: 'issue 9' }],
      },
      { key: 'millionCpuSeconds', label: `${MILLION}: CPU time`, value: million.cpuMs / 1000, unit: 's', digits: 1 },
      {
        key: 'nsPerAgentStep.national-1m',
        label: `${MILLION}: ns per agent-step`,
        value: (million.wallMs * 1e6) / (million.agents * million.quarters),
        unit: 'ns',
        digits: 1,
      },
    );
  }
  return {
    sizes,
    million,
    section: {
      id: 'scaling',
      title: `Scaling, one thread (scenarios/bench/national-*.yaml; ${full ? '1M run once in its own process' : '1M left out (--quick)'})`,
      figures,
      details: { sizes: sizes.map(({ hotState: _, ...s }) => s), million },
    },
  };
}
