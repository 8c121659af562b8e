// Child process of the bench: one replication of one scenario file in a fresh process, so its peak
// RSS is its own. Prints one JSON line: agents, quarters, wall and CPU time, peak RSS, hot state.
//   node dist/src/bench/national-run.js scenarios/bench/national-1m.yaml
import { performance } from 'node:perf_hooks';
import { simulateReplication } from '../engine/simulate.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { initialAgents } from './baseline-section.js';
import { hotState, type HotState } from './hot-state.js';

export interface NationalRun {
  scenario: string;
  agents: number;
  quarters: number;
  wallMs: number;
  cpuMs: number;
  /** Peak resident set of the process (the OS's high-water mark), bytes. */
  maxRssBytes: number;
  /** Agents in the table at the end (births included, exits not removed). */
  agentsAtEnd: number;
  linksAtEnd: number;
  hotState: HotState;
}

function main(): void {
  const [file, replication = '0'] = process.argv.slice(2);
  if (!file) throw new Error('usage: national-run <scenario file> [replication]');
  const { scenario } = loadScenario(file);
  let hot: HotState = { bytes: 0, byTable: {} };
  let agentsAtEnd = 0;
  let linksAtEnd = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  simulateReplication(scenario, Number(replication), scenario.seed, (world) => {
    hot = hotState(world);
    agentsAtEnd = world.agents.count;
    linksAtEnd = world.links.count;
  });
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const run: NationalRun = {
    scenario: scenario.name,
    agents: initialAgents(scenario),
    quarters: scenario.horizonQuarters,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    agentsAtEnd,
    linksAtEnd,
    hotState: hot,
  };
  process.stdout.write(JSON.stringify(run) + '\n');
}

main();
