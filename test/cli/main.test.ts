// The command line as users meet it: exit codes (0 ok, 2 bad input), messages without stack traces,
// the printed JSON Schema, byte-identical seeded runs, --version. Runs the built CLI in a child process.
import Ajv2020 from 'ajv/dist/2020.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME, type CliResult } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';

const RUN_TIMEOUT_MS = 60_000;
const BASELINE = 'scenarios/baseline.yaml';
const INVALID = 'test/fixtures/scenarios/invalid';
const EXTENDS = 'test/fixtures/scenarios/extends';

const scratch = mkdtempSync(join(tmpdir(), 'clustersim-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Bad input: exit 2, a message on stderr, no stack trace, no internal-error banner. */
function expectBadInput(result: CliResult): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trim()).not.toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
}

describe('clustersim validate', () => {
  it('exits 2 on a wrong type, a negative count, unknown keys and a broken extends path, naming file and path of each', async () => {
    const result = await runCli([
      'validate',
      BASELINE,
      `${INVALID}/wrong-type.yaml`,
      `${INVALID}/negative-count.yaml`,
      `${INVALID}/unknown-key.yaml`,
      `${EXTENDS}/missing-target.yaml`,
    ]);
    expectBadInput(result);
    // Every file is checked: the good one is reported on stdout, the bad ones on stderr.
    expect(result.stdout).toBe(`${BASELINE}: valid\n`);
    expect(result.stderr.trimEnd().split('\n').sort()).toEqual([
      `${INVALID}/wrong-type.yaml: horizonQuarters: expected an integer from 1 to 2000, got "ten years"`,
      `${INVALID}/negative-count.yaml: regions[0].agents.smes: expected an integer from 0 to 10000000, got -5`,
      `${INVALID}/unknown-key.yaml: colour: unknown key (not in the scenario schema; see 'clustersim schema')`,
      `${INVALID}/unknown-key.yaml: regions[0].agents.smez: unknown key (not in the scenario schema; see 'clustersim schema'); did you mean 'smes'?`,
      `${EXTENDS}/missing-target.yaml: extends: file not found: ${EXTENDS}/does-not-exist.yaml`,
    ].sort());
  });

  it('exits 0 on the default scenario', async () => {
    const result = await runCli(['validate', BASELINE]);
    expect(result).toEqual({ code: 0, stdout: `${BASELINE}: valid\n`, stderr: '' });
  });
});

describe('clustersim schema', () => {
  it('prints a JSON Schema that compiles and accepts every shipped scenario', async () => {
    const result = await runCli(['schema']);
    expect(result.code, result.stderr).toBe(0);
    const schema = JSON.parse(result.stdout);
    const validate = new Ajv2020({ allErrors: true }).compile(schema);

    const files = readdirSync(join(REPO_ROOT, 'scenarios')).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files).toContain('baseline.yaml');
    for (const file of files) {
      const document = parseYaml(readFileSync(join(REPO_ROOT, 'scenarios', file), 'utf8'));
      // `extends` is resolved by the loader; the schema checks each file as written.
      delete document.extends;
      expect({ file, errors: validate(document) ? null : validate.errors }).toEqual({ file, errors: null });
    }

    // Not vacuous: the mistakes the loader refuses, the schema refuses too.
    for (const name of ['wrong-type', 'negative-count', 'unknown-key']) {
      const document = parseYaml(readFileSync(join(REPO_ROOT, INVALID, `${name}.yaml`), 'utf8'));
      expect(validate(document), name).toBe(false);
    }
  });
});

describe('clustersim run', () => {
  const csvFiles = ['summary.csv', 'timeseries.csv', 'network.csv', 'degree-distribution.csv'];
  const runs: Record<string, CliResult> = {};
  const read = (out: string, file: string) => readFileSync(join(scratch, out, 'baseline', file));

  // Three small runs shared by the tests below, side by side: seed 7 twice, seed 8 once.
  beforeAll(async () => {
    const plan = [['seed7-a', 7], ['seed7-b', 7], ['seed8', 8]] as const;
    const results = await Promise.all(plan.map(([out, seed]) =>
      runCli(['run', BASELINE, '--seed', String(seed), '--replications', '2', '--out', join(scratch, out), '--quiet'])));
    plan.forEach(([out], i) => (runs[out] = results[i]));
  }, RUN_TIMEOUT_MS);

  it('succeeds and says where the outputs went', () => {
    for (const result of Object.values(runs)) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^baseline: 2 replications in [\d.]+ s -> .*baseline\nreport \(\d+ chart files\) -> .*report\.html\n$/);
    }
  });

  it('gives byte-identical outputs for the same seed', () => {
    for (const file of csvFiles) expect(read('seed7-b', file).equals(read('seed7-a', file)), file).toBe(true);
  });

  it('gives a different summary for another seed', () => {
    expect(read('seed8', 'summary.csv').equals(read('seed7-a', 'summary.csv'))).toBe(false);
  });

  it('writes the outputs and a manifest that records the seed behind each row', () => {
    const dir = join(scratch, 'seed7-a', 'baseline');
    // Only complete files: no temporary `.partial` left behind.
    expect(readdirSync(dir).sort()).toEqual([...csvFiles, 'stats.csv', 'manifest.json', 'charts', 'report.html', 'summary.md'].sort());
    const summary = read('seed7-a', 'summary.csv').toString('utf8').trimEnd().split('\n');
    expect(summary[0]).toMatch(/^scenario,replication,seed,patentsDomestic,/);
    expect(summary).toHaveLength(3);
    const manifest = JSON.parse(read('seed7-a', 'manifest.json').toString('utf8'));
    expect(manifest.masterSeed).toBe(7);
    expect(manifest.replications).toBe(2);
    expect(manifest.scenario.name).toBe('baseline');
    expect(summary.slice(1).map((row) => row.split(',').slice(0, 3).join(','))).toEqual(
      manifest.replicationSeeds.map((seed: string, i: number) => `baseline,${i},${seed}`),
    );
  });

  it('refuses --replications 0 without starting', async () => {
    const result = await runCli(['run', BASELINE, '--replications', '0', '--out', join(scratch, 'zero')]);
    expectBadInput(result);
    expect(result.stderr).toContain('--replications: expected an integer >= 1, got 0');
    expect(existsSync(join(scratch, 'zero'))).toBe(false);
  });

  it.each([
    ['run', ['run', BASELINE, '-r', '1e9'], '--replications: expected an integer from 1 to 10,000,000, got 1e9'],
    ['sweep', ['sweep', BASELINE, '-p', 'model.meeting.linkThreshold=0.1:0.4', '--lhs', '1e9'], '--lhs: expected an integer from 1 to 1,000,000'],
    ['sensitivity', ['sensitivity', BASELINE, '--method', 'sobol', '--samples', '1e9', '-p', 'model.meeting.linkThreshold=0.1:0.4'], '--samples: expected an integer from 1 to 1,000,000'],
    ['slurm', ['slurm', BASELINE, '--shards', '4', '-r', '1e9'], '--replications: expected an integer from 1 to 10,000,000'],
  ])('refuses a count beyond its bound in %s, before allocating anything (no crash)', async (_command, args, message) => {
    const out = join(scratch, `huge-${_command}`);
    const result = await runCli([...args, '--out', out]);
    expectBadInput(result);
    expect(result.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('compare takes --resume, the option its own recovery message names', async () => {
    const out = join(scratch, 'compare-resume');
    const result = await runCli(['compare', BASELINE, join(REPO_ROOT, 'scenarios/levers/wide-area.yaml'), '-r', '2', '-q', '--no-report', '--resume', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, 'compare-baseline-vs-baseline-wide-area', 'comparison.csv'))).toBe(true);
  }, 60_000);

  it('loads every scenario before running any, so one bad file runs nothing', async () => {
    const out = join(scratch, 'mixed');
    const result = await runCli(['run', BASELINE, `${INVALID}/negative-count.yaml`, '--out', out]);
    expectBadInput(result);
    expect(result.stderr).toContain(`${INVALID}/negative-count.yaml: regions[0].agents.smes:`);
    expect(existsSync(join(out, 'baseline'))).toBe(false);
  });
});

describe('clustersim usage', () => {
  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['run', 'validate', 'schema']) expect(result.stdout).toContain(`clustersim ${command}`);
  });

  it.each([
    ['an unknown command', ['frobnicate']],
    ['an unknown option', ['validate', BASELINE, '--frobnicate']],
    ['a bad option value', ['run', BASELINE, '--seed', '-3']],
  ])('exits 2 on %s, without a stack trace', async (_label, args) => {
    expectBadInput(await runCli(args));
  });
});
