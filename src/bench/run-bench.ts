// `npm run bench`: measures clustersim on this machine and prints a table; the same figures go to
// out/bench/bench.json. Each section is a function returning figures (see bench-types.ts), so
// parallel efficiency, scaling and memory can be added as sections of their own.
import { mkdirSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-file.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { PACKAGE_ROOT, VERSION } from '../version.js';
import { baselineSection, initialAgents } from './baseline-section.js';
import { type BenchOptions, type Section, targetMet } from './bench-types.js';
import { floorSection } from './floor-section.js';

const MIN_RUNS = 5;

function parseOptions(argv: readonly string[]): BenchOptions & { out: string } {
  const options = { runs: 7, warmups: 3, out: join(PACKAGE_ROOT, 'out', 'bench', 'bench.json') };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--runs' && value !== undefined) options.runs = Math.max(MIN_RUNS, Number.parseInt(value, 10) || MIN_RUNS);
    else if (argv[i] === '--warmups' && value !== undefined) options.warmups = Math.max(0, Number.parseInt(value, 10) || 0);
    else if (argv[i] === '--out' && value !== undefined) options.out = value;
    else continue;
    i++;
  }
  return options;
}

function formatTable(sections: readonly Section[], options: BenchOptions, loadBefore: number): string {
  const cpu = cpus();
  const lines = [
    `clustersim ${VERSION} bench — Node ${process.version}, ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length}, ${platform()} ${release()}`,
    `Each figure is the median of ${options.runs} timed runs after ${options.warmups} warm-up runs.`,
    // Other processes on the cores slow wall-clock figures down; say how busy the machine was.
    `Load average before the bench: ${loadBefore.toFixed(2)} (1 min) on ${cpu.length} cores.`,
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

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const loadBefore = loadavg()[0];
  const { scenario } = loadScenario(join(PACKAGE_ROOT, 'scenarios', 'baseline.yaml'));
  const floor = floorSection(initialAgents(scenario), options);
  const baseline = baselineSection(scenario, floor.nsPerAgentStep, options);
  const sections = [baseline.section, floor.section];
  console.log(formatTable(sections, options, loadBefore));

  const cpu = cpus();
  const report = {
    version: VERSION,
    node: process.version,
    v8: process.versions.v8,
    platform: `${platform()} ${release()}`,
    cpu: { model: cpu[0]?.model ?? 'unknown', cores: cpu.length },
    loadAverageBefore: loadBefore,
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

main();
