// `npm run bench`: measures clustersim on this machine and prints a table; the same figures go to
// out/bench/bench.json. Each section is a function returning figures (see bench-types.ts): baseline
// throughput, the floor, parallel efficiency (runs, and design points), scaling over the national
// scenarios (1.5k to 1M agents; `--quick` leaves the 1M run out) and memory.
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-file.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { PACKAGE_ROOT, VERSION } from '../version.js';
import { simulateReplication } from '../engine/simulate.js';
import { baselineSection, initialAgents } from './baseline-section.js';
import { readCpuTimes, stealShare } from './cpu-steal.js';
import { type BenchOptions, type Section, targetMet } from './bench-types.js';
import { designSection } from './design-section.js';
import { floorSection } from './floor-section.js';
import { hotState, type HotState } from './hot-state.js';
import { memorySection } from './memory-section.js';
import { parallelSection } from './parallel-section.js';
import { scalingSection } from './scaling-section.js';

const MIN_RUNS = 5;

function parseOptions(argv: readonly string[]): BenchOptions & { out: string; full: boolean } {
  const options = { runs: 7, warmups: 3, out: join(PACKAGE_ROOT, 'out', 'bench', 'bench.json'), full: true };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    // The 1M-agent national run takes about half a minute (in a process of its own); --quick leaves
    // it out, and with it the 1M figures. --full asks for it explicitly (the default).
    if (argv[i] === '--quick' || argv[i] === '--full') {
      options.full = argv[i] === '--full';
      continue;
    }
    if (argv[i] === '--runs' && value !== undefined) options.runs = Math.max(MIN_RUNS, Number.parseInt(value, 10) || MIN_RUNS);
    else if (argv[i] === '--warmups' && value !== undefined) options.warmups = Math.max(0, Number.parseInt(value, 10) || 0);
    else if (argv[i] === '--out' && value !== undefined) options.out = value;
    else continue;
    i++;
  }
  return options;
}

function formatTable(sections: readonly Section[], options: BenchOptions, loadBefore: number, loadAfter: number, steal: number): string {
  const cpu = cpus();
  const lines = [
    `clustersim ${VERSION} bench — Node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${platform()} ${release()}`,
    `Each figure is the median of ${options.runs} timed runs after ${options.warmups} warm-up runs (parallel: 7 pairs of batches, design points: 5, median of the pairs' ratios; 150k agents: 3 runs; 1M: one run).`,
    // Other processes on the cores slow wall-clock figures down; say how busy the machine was.
    `Load average (1 min) before / after the bench: ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)} on ${cpu.length} cores.`,
    // On a virtual machine the host may run other guests on these cores: wall times stretch by it.
    `CPU time stolen by the hypervisor during the bench: ${Number.isNaN(steal) ? 'unknown (no /proc/stat)' : `${(100 * steal).toFixed(1)}%`}.`,
    '',
  ];
  const rows: string[][] = [['figure', 'value', 'target']];
  for (const section of sections) {
    rows.push([section.title, '', '']);
    for (const figure of section.figures) {
      const targets = (figure.targets ?? [])
        .map((t) => `${t.kind === 'min' ? '>=' : '<='} ${t.value} (${t.source}) ${targetMet(figure.value, t) ? 'met' : 'NOT met'}`)
        .join('; ');
      rows.push([`  ${figure.label}`, `${figure.value.toFixed(figure.digits)} ${figure.unit}`, targets]);
    }
  }
  const width = [0, 1].map((c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    lines.push(`${row[0].padEnd(width[0])}  ${row[1].padStart(width[1])}  ${row[2]}`.trimEnd());
    if (i === 0) lines.push('-'.repeat(width[0] + width[1] + 4 + 'target'.length));
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadBefore = loadavg()[0];
  const cpuBefore = readCpuTimes();
  const loaded = loadScenario(join(PACKAGE_ROOT, 'scenarios', 'baseline.yaml'));
  const { scenario } = loaded;
  const floor = floorSection(initialAgents(scenario), options);
  const baseline = baselineSection(scenario, floor.nsPerAgentStep, options);
  const parallel = await parallelSection(loaded, options);
  const design = await designSection(scenario, options);
  const scaling = scalingSection(options, options.full);
  let baselineState: HotState = { bytes: 0, byTable: {} };
  simulateReplication(scenario, 0, scenario.seed, (world) => { baselineState = hotState(world); });
  const memory = memorySection(
    [
      { name: scenario.name, agents: initialAgents(scenario), hotState: baselineState },
      ...scaling.sizes.map((s) => ({ name: s.name, agents: s.agents, hotState: s.hotState })),
    ],
    scaling.million,
  );
  const sections = [baseline.section, floor.section, parallel, design, scaling.section, memory];
  const loadAfter = loadavg()[0];
  const steal = stealShare(cpuBefore, readCpuTimes());
  console.log(formatTable(sections, options, loadBefore, loadAfter, steal));

  const cpu = cpus();
  const report = {
    version: VERSION,
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()}`,
    cpu: { model: cpu[0]?.model ?? 'unknown', cores: cpu.length },
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAfter,
    /** Share of CPU time the hypervisor gave to other guests during the bench (null: unknown). */
    cpuStealShare: Number.isNaN(steal) ? null : steal,
    full: options.full,
    runs: options.runs,
    warmups: options.warmups,
    measuredAt: new Date().toISOString(),
    sections: sections.map((section) => ({
      ...section,
      figures: section.figures.map((figure) => ({
        ...figure,
        targets: figure.targets?.map((t) => ({ ...t, met: targetMet(figure.value, t) })),
      })),
    })),
  };
  mkdirSync(join(options.out, '..'), { recursive: true });
  writeFileAtomic(options.out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nWrote ${options.out}`);
}

await main();
