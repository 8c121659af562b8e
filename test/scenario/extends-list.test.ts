// `extends` as a list of files: merged in order (each parent with what it extends), the file itself
// last; shared ancestors (diamonds) are fine, cycles through any list item are refused with the chain;
// an error names the file that wrote the value; bad items, empty lists and runaway chains are refused.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { loadScenario, MAX_EXTENDS_FILES, readScenarioDocument } from '../../src/scenario/load-scenario.js';
import { tempDir } from '../helpers/run-folders.js';

const BASE = `name: base
horizonQuarters: 12
seed: 5
regions:
  - { id: alpha, fields: { food: 1 }, agents: { smes: 10 } }
policy:
  programme: { lengthQuarters: 8, budgetPerRegionQuarterJpyM: 50 }
`;

function folder(files: Record<string, string>): string {
  const dir = tempDir('extends-list');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function loadErrors(path: string): string[] {
  try {
    loadScenario(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message.split('\n');
  }
  throw new Error(`${path} loaded`);
}

describe('extends: a list of files', () => {
  it('merges the parents in order and the file itself over them', () => {
    const dir = folder({
      'cases/base.yaml': BASE,
      'policies/talent.yaml': 'policy:\n  externalTalent: { coordinatorsPerRegionYear: 2, stayQuarters: 8 }\n  programme: { budgetPerRegionQuarterJpyM: 60 }\n',
      'policies/more.yaml': 'policy:\n  externalTalent: { stayQuarters: 16 }\n  bankHub: { enabled: true }\n',
      'cases/combined.yaml': 'extends: [base.yaml, ../policies/talent.yaml, ../policies/more.yaml]\nname: combined\npolicy: { programme: { lengthQuarters: 10 } }\n',
    });
    // ../policies is outside cases/ (and the working directory): allowed as --allow-paths would.
    const { scenario, files } = loadScenario(join(dir, 'cases/combined.yaml'), { allowPaths: [dir] });
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['cases/combined.yaml', 'policies/more.yaml', 'policies/talent.yaml', 'cases/base.yaml']);
    expect(scenario.name).toBe('combined');
    expect(scenario.horizonQuarters).toBe(12);
    expect(scenario.policy.externalTalent.coordinatorsPerRegionYear).toBe(2);
    expect(scenario.policy.externalTalent.stayQuarters).toBe(16); // the later parent wins
    expect(scenario.policy.bankHub.enabled).toBe(true);
    expect(scenario.policy.programme).toMatchObject({ lengthQuarters: 10, budgetPerRegionQuarterJpyM: 60 });
    // The same as a chain of single extends in that order.
    const chain = folder({
      'base.yaml': BASE,
      'b.yaml': 'extends: base.yaml\npolicy:\n  externalTalent: { coordinatorsPerRegionYear: 2, stayQuarters: 8 }\n  programme: { budgetPerRegionQuarterJpyM: 60 }\n',
      'c.yaml': 'extends: b.yaml\npolicy:\n  externalTalent: { stayQuarters: 16 }\n  bankHub: { enabled: true }\n',
      'combined.yaml': 'extends: c.yaml\nname: combined\npolicy: { programme: { lengthQuarters: 10 } }\n',
    });
    expect(loadScenario(join(chain, 'combined.yaml')).scenario).toEqual(scenario);
  });

  it('follows each parent\'s own extends, and merges a shared ancestor once (a diamond is no cycle)', () => {
    const dir = folder({
      'base.yaml': BASE,
      'left.yaml': 'extends: base.yaml\nseed: 7\n',
      'right.yaml': 'extends: base.yaml\nhorizonQuarters: 20\n',
      'both.yaml': 'extends: [left.yaml, right.yaml]\nname: both\n',
    });
    const read = readScenarioDocument(join(dir, 'both.yaml'));
    // Precedence: the file, then its last parent, ...; base once, below everything that extends it.
    expect(read.files.map((f) => f.slice(dir.length + 1))).toEqual(['both.yaml', 'right.yaml', 'left.yaml', 'base.yaml']);
    // Merged base, left, right, both: right does not undo left's seed by bringing base again.
    const { scenario } = loadScenario(join(dir, 'both.yaml'));
    expect(scenario.seed).toBe(7);
    expect(scenario.horizonQuarters).toBe(20);
    expect(scenario.name).toBe('both');
  });

  it('refuses a cycle through a list item, showing the chain', () => {
    const dir = folder({
      'base.yaml': BASE,
      'a.yaml': 'extends: [base.yaml, b.yaml]\nname: a\n',
      'b.yaml': 'extends: [c.yaml]\n',
      'c.yaml': 'extends: a.yaml\n',
    });
    const shown = (name: string) => join(dir, name);
    expect(loadErrors(shown('a.yaml'))).toEqual([`${shown('a.yaml')}: extends: cycle: ${shown('a.yaml')} -> ${shown('b.yaml')} -> ${shown('c.yaml')} -> ${shown('a.yaml')}`]);
  });

  it('names the file that wrote a bad value, whichever parent it is in', () => {
    const dir = folder({
      'base.yaml': BASE,
      'policies/bad.yaml': 'policy:\n  externalTalent: { stayQuarters: 0 }\n',
      'combined.yaml': 'extends: [base.yaml, policies/bad.yaml]\nname: combined\nhorizonQuarters: 0\n',
    });
    expect(loadErrors(join(dir, 'combined.yaml')).sort()).toEqual([
      `${join(dir, 'combined.yaml')}: horizonQuarters: expected an integer from 1 to 2000, got 0`,
      `${join(dir, 'policies/bad.yaml')}: policy.externalTalent.stayQuarters: expected an integer from 1 to 1000, got 0`,
    ].sort());
  });

  it('names the extending file when a listed file is missing', () => {
    const dir = folder({ 'base.yaml': BASE, 'x.yaml': 'extends: [base.yaml, nothing.yaml]\nname: x\n' });
    expect(loadErrors(join(dir, 'x.yaml'))).toEqual([`${join(dir, 'x.yaml')}: extends: file not found: ${join(dir, 'nothing.yaml')}`]);
  });

  it('refuses list items that are not paths, and an empty list', () => {
    const dir = folder({ 'base.yaml': BASE, 'x.yaml': 'extends: [base.yaml, 5]\nname: x\n', 'y.yaml': 'extends: []\nname: y\n', 'z.yaml': 'extends: [""]\nname: z\n' });
    expect(loadErrors(join(dir, 'x.yaml'))).toEqual([`${join(dir, 'x.yaml')}: extends[1]: expected a path to another scenario file, got 5`]);
    expect(loadErrors(join(dir, 'y.yaml'))).toEqual([`${join(dir, 'y.yaml')}: extends: expected a path to another scenario file or a list of them, got an empty list`]);
    expect(loadErrors(join(dir, 'z.yaml'))).toEqual([`${join(dir, 'z.yaml')}: extends[0]: expected a path to another scenario file, got ""`]);
  });

  it('reads each file once however many paths lead to it, and stops a runaway chain', () => {
    // Each level extends the next twice: 2^12 paths to the last file, thirteen files.
    const ladder: Record<string, string> = { 'f12.yaml': BASE };
    for (let i = 0; i < 12; i++) ladder[`f${i}.yaml`] = `extends: [f${i + 1}.yaml, f${i + 1}.yaml]\n`;
    const started = performance.now();
    expect(readScenarioDocument(join(folder(ladder), 'f0.yaml')).files).toHaveLength(13);
    expect(performance.now() - started).toBeLessThan(2000);
    const chain: Record<string, string> = { [`g${MAX_EXTENDS_FILES}.yaml`]: BASE };
    for (let i = 0; i < MAX_EXTENDS_FILES; i++) chain[`g${i}.yaml`] = `extends: g${i + 1}.yaml\n`;
    const dir = folder(chain);
    expect(loadErrors(join(dir, 'g0.yaml'))).toEqual([`${join(dir, 'g0.yaml')}: extends: more than ${MAX_EXTENDS_FILES} files extend one another; a scenario needs a few`]);
  });
});
