// Command-line input: unknown options are errors with the nearest known option as a suggestion,
// unknown scenario keys get the nearest key of their mapping, and every numeric option refuses
// what it cannot use (zero, negatives, fractions, words, unsafe integers) naming the option. The
// command line runs in-process (main() as the binary calls it) except one end-to-end check.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { withOptionSuggestions } from '../../src/cli/unknown-options.js';
import { editDistance, nearestName } from '../../src/nearest-name.js';
import { knownKeysAt } from '../../src/scenario/validation-errors.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';

const BASELINE = 'scenarios/baseline.yaml';

/** Runs `clustersim <argv>` in this process; returns the exit code and what went to stderr. */
async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void errors.push(parts.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const code = await main(argv);
  return { code, stderr: errors.join('\n') };
}
afterEach(() => {
  vi.restoreAllMocks();
});

describe('nearest names', () => {
  it('edit distance', () => {
    expect(editDistance('smez', 'smes')).toBe(1);
    expect(editDistance('replicatons', 'replications')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('SMEs', 'smes')).toBe(0);
  });

  it('suggests a plausible typo, and nothing for a word far from every name', () => {
    expect(nearestName('smez', ['universities', 'smes', 'coreFirms'])).toBe('smes');
    expect(nearestName('programe', ['programme', 'continuity'])).toBe('programme');
    expect(nearestName('colour', ['name', 'seed', 'regions', 'policy', 'model'])).toBeUndefined();
    expect(nearestName('x', ['seed'])).toBeUndefined();
    expect(nearestName('a'.repeat(1000), ['a'])).toBeUndefined();
  });

  it('knows the keys of every mapping of the scenario schema, through lists and levers', () => {
    expect(knownKeysAt([])).toContain('horizonQuarters');
    expect(knownKeysAt(['regions', 3, 'agents'])).toContain('smes');
    expect(knownKeysAt(['regions', 0, 'fields'])).toEqual(expect.arrayContaining(['food', 'bio']));
    expect(knownKeysAt(['policy'])).toContain('programme');
    expect(knownKeysAt(['model', 'learning', 'linkDecay'])).toContain('finance');
    expect(knownKeysAt(['no', 'such', 'place'])).toEqual([]);
  });
});

describe('unknown options', () => {
  it.each([
    [['run', BASELINE, '--replicatons', '3'], 'Unknown argument: --replicatons; did you mean --replications?'],
    [['run', BASELINE, '--resum'], 'Unknown argument: --resum; did you mean --resume?'],
    [['run', BASELINE, '--max-memroy', '100'], 'Unknown argument: --max-memroy; did you mean --max-memory?'],
    [['compare', BASELINE, BASELINE, '--seeed', '2'], 'Unknown argument: --seeed; did you mean --seed?'],
    [['sweep', BASELINE, '-p', 'seed=1,2', '--worker', '2'], 'Unknown argument: --worker; did you mean --workers?'],
    [['sensitivity', BASELINE, '-p', 'seed=1:2', '--trajectory', '4'], 'Unknown argument: --trajectory; did you mean --trajectories?'],
    [['validate', BASELINE, '--frobnicate'], 'Unknown argument: --frobnicate'],
  ])('%j', async (argv, message) => {
    const result = await cli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
  });

  it('one line per unknown option; unknown words that are not options stay as yargs says them', () => {
    const known = ['replications', 'r', 'seed', 's', 'workers', 'w', 'maxMemory', 'max-memory'];
    expect(withOptionSuggestions('Unknown arguments: replicatons, seeed', ['run', 'x', '--replicatons', '3', '--seeed=4'], known)).toBe(
      'Unknown argument: --replicatons; did you mean --replications?\nUnknown argument: --seeed; did you mean --seed?',
    );
    expect(withOptionSuggestions('Unknown arguments: max-memry, maxMemry', ['--max-memry', '1'], known)).toBe(
      'Unknown argument: --max-memry; did you mean --max-memory?',
    );
    expect(withOptionSuggestions('Unknown argument: extra', ['schema', 'extra'], known)).toBe('Unknown argument: extra');
    expect(withOptionSuggestions('Not enough non-option arguments', [], known)).toBe('Not enough non-option arguments');
  });

  it('end to end: exit 2, one line, no stack trace', async () => {
    const result = await runCli(['run', BASELINE, '--replicatons', '3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('Unknown argument: --replicatons; did you mean --replications?\n');
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('numeric options', () => {
  it.each([
    [['--replications', '0'], '--replications: expected an integer >= 1, got 0'],
    [['--replications', '-4'], '--replications: expected an integer >= 1, got -4'],
    [['--replications', '2.5'], '--replications: expected an integer >= 1, got 2.5'],
    [['--replications', 'many'], '--replications: expected an integer >= 1, got many'],
    [['--replications', '1e20'], '--replications: expected an integer >= 1, got 1e20'],
    // The parser would read these as 0, 16 and 3: options are read from their text, strictly.
    [['--replications', ''], '--replications: expected an integer >= 1, got nothing'],
    [['--replications', '0x10'], '--replications: expected an integer >= 1, got 0x10'],
    [['--replications', '0b11'], '--replications: expected an integer >= 1, got 0b11'],
    [['-s', ''], '--seed: expected an integer >= 0, got nothing'],
    [['--seed', ' '], '--seed: expected an integer >= 0, got nothing'],
    [['--seed', '0x10'], '--seed: expected an integer >= 0, got 0x10'],
    [['--workers', ''], '--workers: expected an integer >= 1, got nothing'],
    [['--max-memory', ''], '--max-memory: expected a number of megabytes > 0, got nothing'],
    [['--target-ci', ''], '--target-ci: expected a relative half-width between 0 and 1 (e.g. 0.05 for ±5%), got nothing'],
    [['--target-batch', ''], '--target-batch: expected an integer >= 1, got nothing'],
    [['-r', '0'], '--replications: expected an integer >= 1, got 0'],
    [['--seed', '-3'], '--seed: expected an integer >= 0, got -3'],
    [['--seed', '1.5'], '--seed: expected an integer >= 0, got 1.5'],
    [['--seed', '9007199254740993'], '--seed: expected an integer >= 0, got 9007199254740993'],
    [['--workers', '0'], '--workers: expected an integer >= 1, got 0'],
    [['--workers', 'Infinity'], '--workers: expected an integer >= 1, got Infinity'],
    [['--max-memory', '-5'], '--max-memory: expected a number of megabytes > 0, got -5'],
    [['--max-memory', '0'], '--max-memory: expected a number of megabytes > 0, got 0'],
    [['--shard', '4/4'], '--shard: expected k/N with 0 <= k < N (e.g. 0/4), got 4/4'],
    [['--shard', 'half'], '--shard: expected k/N with 0 <= k < N (e.g. 0/4), got half'],
    [['--target-ci', '2'], '--target-ci: expected a relative half-width between 0 and 1 (e.g. 0.05 for ±5%), got 2'],
  ])('run %j', async (options, message) => {
    const result = await cli(['run', BASELINE, ...options, '--out', '/nonexistent/never-written']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
  });

  it.each([
    [['sweep', BASELINE, '-p', 'seed=1,2', '--lhs', '0'], '--lhs: expected an integer >= 1, got 0'],
    [['sensitivity', BASELINE, '-p', 'seed=1:2', '--trajectories', '-1'], '--trajectories: expected an integer >= 1, got -1'],
    [['sensitivity', BASELINE, '-p', 'seed=1:2', '--samples', '0.5'], '--samples: expected an integer >= 1, got 0.5'],
    [['compare', BASELINE, BASELINE, '--workers', '0'], '--workers: expected an integer >= 1, got 0'],
  ])('%j', async (argv, message) => {
    const result = await cli([...argv, '--out', '/nonexistent/never-written']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
  });
});
