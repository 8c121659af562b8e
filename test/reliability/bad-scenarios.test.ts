// The corpus of malformed scenario files (test/fixtures/bad-scenarios/, expected messages in
// expected.json): every file makes `validate` and `run` exit 2 with one line naming the file and
// the path of the problem — no stack trace, no crash, within seconds — and runs nothing. Also a
// 50 MB file and a file of 20,000 keys made at test time, and 10^9 agents refused by the memory guard.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { loadScenario, MAX_REPORTED_PROBLEMS } from '../../src/scenario/load-scenario.js';
import { runCli, STACK_FRAME, type CliResult } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const CORPUS = 'test/fixtures/bad-scenarios';
const expected: Record<string, { message: string; reportedIn?: string }> = JSON.parse(
  readFileSync(join(REPO_ROOT, CORPUS, 'expected.json'), 'utf8'),
);
const files = readdirSync(join(REPO_ROOT, CORPUS))
  .filter((name) => name !== 'expected.json' && statSync(join(REPO_ROOT, CORPUS, name)).isFile())
  .sort();
/** The line the CLI prints for a corpus file (run from the repository root). */
const expectedLine = (file: string) => `${CORPUS}/${expected[file].reportedIn ?? file}: ${expected[file].message}`;

const BILLION = `${CORPUS}/resources/billion-agents.yaml`;
const RUN_SAMPLE = ['binary-garbage.bin', 'syntax-deep-nesting.yaml', 'extends-device.yaml', 'unknown-key-typo.yaml', 'extends-bad-parent.yaml'];
const KEYS = 20_000;

const scratch = tempDir('bad-scenarios');
const big = join(scratch, 'fifty-megabytes.yaml');
const manyKeys = join(scratch, 'many-keys.yaml');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Every CLI spawn of this file runs up front, a few at a time (each spends about a second starting
// Node), and the tests below read their results. Time bounds are loose: other test files share the cores.
let cli: Record<string, CliResult & { seconds: number }>;
beforeAll(async () => {
  // Made here, not committed: a 50 MB file, and 20,000 unknown keys (under the size limit).
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 'name: big\n'));
  writeFileSync(manyKeys, `name: many\nregions: [{ id: a, fields: { food: 1 } }]\n${Array.from({ length: KEYS }, (_, i) => `k${i}: ${i}`).join('\n')}\n`);
  const runOut = (name: string) => join(scratch, 'run', name);
  const spawns: Record<string, string[]> = {
    validate: ['validate', ...files.map((f) => `${CORPUS}/${f}`), big, manyKeys, BILLION],
    billion: ['run', BILLION, '--out', runOut('billion'), '--quiet'],
    budget: ['run', 'scenarios/baseline.yaml', '--max-memory', '50', '--workers', '1', '--out', runOut('budget')],
    zeroBudget: ['run', 'scenarios/baseline.yaml', '--max-memory', '0', '--out', runOut('budget')],
    wordBudget: ['sweep', 'scenarios/baseline.yaml', '-p', 'seed=1', '--max-memory', 'lots', '--out', runOut('budget')],
    ...Object.fromEntries(RUN_SAMPLE.map((file) => [file, ['run', `${CORPUS}/${file}`, '--out', runOut(file), '--quiet', '--workers', '1']])),
  };
  const timed = async (args: string[]) => {
    const started = performance.now();
    const result = await runCli(args);
    return { ...result, seconds: (performance.now() - started) / 1000 };
  };
  // Four at a time: on two cores, more only makes each one slower.
  const queue = Object.entries(spawns);
  cli = {};
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) cli[next[0]] = await timed(next[1]);
  }));
}, 90_000);

function expectBadInput(result: CliResult): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toContain('internal error');
}

describe('the corpus', () => {
  it('has at least 50 files, each with an expected message, and no expectation without its file', () => {
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  it.each(files)('%s: the loader throws an InputError within 2 s', (file) => {
    const started = performance.now();
    let thrown: unknown;
    try {
      loadScenario(join(REPO_ROOT, CORPUS, file));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('clustersim validate on every file at once', () => {
  const lines = () => cli.validate.stderr.trimEnd().split('\n');

  it('exits 2, with no stack trace, and finds no file valid but the one within the schema bounds', () => {
    expectBadInput(cli.validate);
    expect(cli.validate.stdout).toBe(`${BILLION}: valid\n`);
  });

  it('takes seconds for the whole corpus', () => {
    expect(cli.validate.seconds).toBeLessThan(30);
  });

  it.each(files)('%s: names the file and the path of the problem', (file) => {
    expect(lines()).toContain(expectedLine(file));
  });

  it('refuses the 50 MB file from its size, without parsing it', () => {
    expect(lines()).toContain(`${big}: the file is 52.4 MB; scenario files are limited to 1 MB`);
  });

  it('lists the first problems of 20,000 unknown keys and counts the rest', () => {
    const reported = lines().filter((line) => line.startsWith(`${manyKeys}: `));
    expect(reported).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(reported[0]).toBe(`${manyKeys}: k0: unknown key (not in the scenario schema; see 'clustersim schema')`);
    expect(reported.at(-1)).toBe(`${manyKeys}: ... and ${KEYS - MAX_REPORTED_PROBLEMS} more problems`);
  });

  it('prints only lines that name a file', () => {
    const prefixes = [...files.map((f) => `${CORPUS}/`), big, manyKeys];
    for (const line of lines()) expect(prefixes.some((p) => line.startsWith(p)), line).toBe(true);
  });
});

describe('clustersim run on bad files', () => {
  // One spawn per file (run stops at the first bad file): a sample of the kinds of problem.
  it.each(RUN_SAMPLE)('%s: exit 2 with the same message as validate, and no output folder', (file) => {
    expectBadInput(cli[file]);
    expect(cli[file].stderr.trimEnd().split('\n')).toContain(expectedLine(file));
    expect(existsSync(join(scratch, 'run', file))).toBe(false);
  });
});

describe('the memory guard', () => {
  it('10^9 agents within the schema bounds: run refuses them fast, from the estimate, without allocating', () => {
    const result = cli.billion;
    expectBadInput(result);
    expect(result.seconds).toBeLessThan(20);
    expect(result.stderr).toMatch(
      new RegExp(`^${BILLION}: regions\\[\\*\\]\\.agents: the scenario needs an estimated [\\d.]+ GB of memory \\(1,000,000,000 agents, 2 replications in memory at once\\), more than the [\\d.]+ (GB|MB) free on this machine`),
    );
    expect(result.stderr).toContain('--max-memory');
    expect(existsSync(join(scratch, 'run', 'billion'))).toBe(false);
  });

  it('--max-memory replaces the detected budget (the baseline does not fit in 50 MB)', () => {
    expectBadInput(cli.budget);
    expect(cli.budget.stderr).toMatch(/^scenarios\/baseline\.yaml: regions\[\*\]\.agents: the scenario needs an estimated \d+ MB of memory \(\d[\d,]* agents, 1 replication in memory at once\), more than the 50 MB set by --max-memory/);
    expect(existsSync(join(scratch, 'run', 'budget'))).toBe(false);
  });

  it('--max-memory must be a positive number of megabytes', () => {
    expectBadInput(cli.zeroBudget);
    expect(cli.zeroBudget.stderr).toContain('--max-memory: expected a number of megabytes > 0, got 0');
    expectBadInput(cli.wordBudget);
    expect(cli.wordBudget.stderr).toContain('--max-memory: expected a number of megabytes > 0');
  });
});
