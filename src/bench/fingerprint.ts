// `npm run fingerprint`: hashes the outputs of every shipped scenario and of every workflow (compare,
// sweep, sensitivity, calibrate, shards + merge, a Japanese report's charts), run through the CLI
// in child processes, so a refactor can prove it changed no byte: fingerprint before, after, `cmp`.
//   node dist/src/bench/fingerprint.js [--out file] [--replications N]
// Only what does not depend on the clock, the machine or the folder is hashed: the manifest without
// its timings, finish time, Node version and absolute paths; no report.html or PNG (fonts, build).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PACKAGE_ROOT } from '../version.js';

/** Manifest fields that change from run to run of the same bytes of results. */
// codeHash names the build, not the results: it changes with every edit of the code.
const VOLATILE_MANIFEST_KEYS = new Set(['finishedAt', 'startedAt', 'timings', 'seconds', 'node', 'scenarioFiles', 'codeHash']);
/** Files that carry results; report.html and PNGs embed fonts and scripts, not results. */
const HASHED = /\.(csv|json|yaml|svg)$/;
/** Too large for a fingerprint that should take a minute or two. */
const SKIPPED_SCENARIOS = new Set(['national-150k.yaml', 'national-1m.yaml']);
/** Folders of partial scenarios (packages extended by cases) and of calibration tables. */
const NOT_RUNNABLE = new Set(['policies', 'targets']);
/** Lever specs of budget allocations (scenarios/allocations/) sit beside their scenarios but are not scenarios. */
const LEVER_SPEC_SUFFIX = '.levers.yaml';

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...listFiles(path));
    else files.push(path);
  }
  return files;
}

function withoutVolatileKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutVolatileKeys);
  if (value === null || typeof value !== 'object') return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (!VOLATILE_MANIFEST_KEYS.has(key)) kept[key] = withoutVolatileKeys(inner);
  return kept;
}

/** A calibrated scenario `extends` its original by a path relative to the output folder: keep the file name. */
function withoutRelativeExtends(yaml: string): string {
  return yaml.replace(/^extends: (.*)$/gm, (_, target: string) => `extends: ${target.split('/').pop()}`);
}

function fileHash(path: string): string {
  const bytes = path.endsWith('manifest.json') || path.endsWith('design.json')
    ? JSON.stringify(withoutVolatileKeys(JSON.parse(readFileSync(path, 'utf8'))))
    : path.endsWith('.yaml') ? withoutRelativeExtends(readFileSync(path, 'utf8')) : readFileSync(path);
  return createHash('sha256').update(bytes).digest('hex');
}

/** One line per results file under `dir`: hash and path relative to `dir`. */
function hashFolder(dir: string): string[] {
  return listFiles(dir).filter((f) => HASHED.test(f)).map((f) => `${fileHash(f)}  ${relative(dir, f)}`);
}

function shippedScenarios(): string[] {
  const root = join(PACKAGE_ROOT, 'scenarios');
  return listFiles(root)
    .filter((f) => f.endsWith('.yaml') && !NOT_RUNNABLE.has(relative(root, f).split('/')[0]))
    .filter((f) => !SKIPPED_SCENARIOS.has(f.split('/').pop() ?? '') && !f.endsWith(LEVER_SPEC_SUFFIX))
    .map((f) => relative(PACKAGE_ROOT, f));
}

function main(): void {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = option('--out');
  const replications = option('--replications') ?? '3';
  const work = mkdtempSync(join(tmpdir(), 'clustersim-fingerprint-'));
  // merge has no progress bar and so no --quiet.
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [join(PACKAGE_ROOT, 'dist', 'src', 'cli', 'main.js'), ...args, ...(args[0] === 'merge' ? [] : ['-q'])], {
      cwd: PACKAGE_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  const lines: string[] = [];
  const section = (title: string, dir: string) => lines.push(`== ${title}`, ...hashFolder(dir));
  const base = 'scenarios/baseline.yaml';
  const twoParams = ['-p', 'model.meeting.linkThreshold=0.1:0.4', '-p', 'policy.programme.budgetPerRegionQuarterJpyM=50:250'];
  try {
    for (const [i, scenario] of shippedScenarios().entries()) {
      const dir = join(work, `run-${i}`);
      cli('run', scenario, '-r', replications, '-w', '1', '--no-report', '-o', dir);
      section(`run ${scenario}`, dir);
    }
    cli('compare', base, 'scenarios/levers/external-talent.yaml', 'scenarios/levers/wide-area.yaml', '-r', '4', '-w', '2', '-o', join(work, 'compare'));
    section('compare', join(work, 'compare'));
    cli('sweep', base, '-p', 'policy.programme.lengthQuarters=12,28', '-p', 'model.meeting.linkThreshold=0.1,0.3', '-r', '3', '-w', '2', '-o', join(work, 'sweep-grid'));
    section('sweep grid', join(work, 'sweep-grid'));
    cli('sweep', base, ...twoParams, '--lhs', '6', '-r', '2', '-w', '1', '-o', join(work, 'sweep-lhs'));
    section('sweep lhs', join(work, 'sweep-lhs'));
    cli('sensitivity', base, '--method', 'morris', '--trajectories', '4', '-r', '2', '-w', '2', ...twoParams, '-o', join(work, 'morris'));
    section('sensitivity morris', join(work, 'morris'));
    cli('sensitivity', base, '--method', 'sobol', '--samples', '8', '-r', '2', '-w', '1', ...twoParams, '-o', join(work, 'sobol'));
    section('sensitivity sobol', join(work, 'sobol'));
    cli('calibrate', 'scenarios/programmes/knowledge-cluster.yaml', '--targets', 'scenarios/targets/knowledge-cluster.yaml',
      '-p', 'model.research.papersPerResearcherQuarter=0.1:0.5', '--max-evaluations', '6', '-r', '2', '-w', '2', '-o', join(work, 'calibrate'));
    section('calibrate', join(work, 'calibrate'));
    for (const shard of ['0/2', '1/2']) cli('run', base, '-r', '4', '-w', '1', '--shard', shard, '-o', join(work, 'shards'));
    const shards = readdirSync(join(work, 'shards')).sort().map((d) => join(work, 'shards', d));
    cli('merge', ...shards, '--out', join(work, 'merged'));
    section('merge', join(work, 'merged'));
    cli('run', base, '-r', '3', '-w', '1', '--lang', 'ja', '-o', join(work, 'report'));
    section('report (ja)', join(work, 'report'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const text = lines.join('\n') + '\n';
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  const digest = createHash('sha256').update(text).digest('hex');
  process.stderr.write(`fingerprint ${digest.slice(0, 16)} over ${lines.filter((l) => !l.startsWith('==')).length} files\n`);
}

main();
