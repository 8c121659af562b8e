// Hostile scenario inputs: paths in scenario files may not leave the named scenario's folder, the
// working directory or clustersim's scenarios/ without --allow-paths; FIFOs and devices are refused
// from their stat without ever being opened; a bad line is quoted as a short excerpt, not whole.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { InputError, MAX_EXCERPT_CHARS } from '../../src/messages.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

// openSync is observed: a FIFO or device must be refused before any open.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, openSync: vi.fn(actual.openSync) };
});

const scratch = tempDir('input-confinement');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const DATA_NETWORK = join(REPO_ROOT, 'scenarios/cases/data-network.yaml');
const SMALL = 'name: small\nhorizonQuarters: 4\nreplications: 1\nregions:\n  - id: alpha\n    fields: { food: 1 }\n    agents: { smes: 10 }\n';

/** A folder of its own under scratch holding `files`; returns its path. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

function loadError(file: string, allowPaths?: string[]): string {
  try {
    loadScenario(file, { allowPaths });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`${file} loaded`);
}

/** Runs `clustersim <argv>` in this process; the exit code and stderr. */
async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void errors.push(parts.join(' ')));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const code = await main(argv);
  return { code, stderr: errors.join('\n') };
}

const openedPaths = () => vi.mocked(fs.openSync).mock.calls.map((call) => String(call[0]));

describe('paths in scenario files stay inside the scenario tree', () => {
  it('refuses /etc/passwd as a network CSV and /proc/self/status as a parent, without reading them (exit 2)', async () => {
    const dir = folder('hostile', {
      'passwd.yaml': `extends: ${DATA_NETWORK}\ninitialNetwork:\n  agents: /etc/passwd\n  edges: /etc/passwd\n`,
      'proc.yaml': 'extends: /proc/self/status\n',
    });
    vi.mocked(fs.openSync).mockClear();
    const passwd = await cli(['validate', join(dir, 'passwd.yaml')]);
    expect(passwd.code).toBe(2);
    expect(passwd.stderr).toMatch(/initialNetwork\.agents: \/etc\/passwd is outside the folders a scenario may read files from .*--allow-paths DIR/);
    expect(passwd.stderr).not.toContain('root:');
    const proc = await cli(['run', join(dir, 'proc.yaml'), '--out', join(scratch, 'out'), '-q']);
    expect(proc.code).toBe(2);
    expect(proc.stderr).toMatch(/proc\.yaml: extends: \/proc\/self\/status is outside the folders/);
    expect(openedPaths().filter((p) => p.startsWith('/etc') || p.startsWith('/proc'))).toEqual([]);
  });

  it('refuses ../ and absolute paths out of the folder, and a symlink that leads out; --allow-paths lets them in', () => {
    const outside = folder('outside', { 'parent.yaml': SMALL });
    const dir = folder('tree/inner', {
      'climb.yaml': 'extends: ../../outside/parent.yaml\n',
      'absolute.yaml': `extends: ${join(outside, 'parent.yaml')}\n`,
      'via-link.yaml': 'extends: link.yaml\n',
    });
    symlinkSync(join(outside, 'parent.yaml'), join(dir, 'link.yaml'));
    // The working directory (the repository) does not hold scratch, so only the scenario's folder counts.
    for (const name of ['climb.yaml', 'absolute.yaml', 'via-link.yaml']) {
      expect(loadError(join(dir, name))).toMatch(/extends: .* is outside the folders a scenario may read files from/);
      expect(loadScenario(join(dir, name), { allowPaths: [outside] }).scenario.name).toBe('small');
    }
  });

  it('lets files below the scenario\'s folder, the working directory and clustersim\'s scenarios/ in', () => {
    const dir = folder('below', { 'sub/parent.yaml': SMALL, 'child.yaml': 'extends: sub/parent.yaml\n' });
    expect(loadScenario(join(dir, 'child.yaml')).scenario.name).toBe('small');
    // A project of the user's: cases/ extending ../base/ work from the project's root, not from elsewhere.
    const project = folder('project', { 'base/b.yaml': SMALL, 'cases/c.yaml': 'extends: ../base/b.yaml\n' });
    expect(loadError(join(project, 'cases', 'c.yaml'))).toMatch(/outside the folders/);
    const cwd = process.cwd();
    process.chdir(project);
    try {
      expect(loadScenario('cases/c.yaml').scenario.name).toBe('small');
      // clustersim's own cases/ extend ../policies/ and read ../data/*.csv from any working directory.
      expect(loadScenario(join(REPO_ROOT, 'scenarios/cases/tokachi+talent.yaml')).files).toHaveLength(3);
      expect(loadScenario(DATA_NETWORK).scenario.initialNetwork).toBeDefined();
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('FIFOs and devices are refused without being opened', () => {
  it('a FIFO as a scenario, a parent or a network CSV; /dev/zero allowed by --allow-paths', () => {
    const dir = folder('fifos', {
      'parent-fifo.yaml': 'extends: pipe.yaml\n',
      'csv-fifo.yaml': `extends: ${DATA_NETWORK}\ninitialNetwork:\n  agents: pipe.csv\n`,
      'device.yaml': 'extends: /dev/zero\n',
    });
    execFileSync('mkfifo', [join(dir, 'pipe.yaml'), join(dir, 'pipe.csv')]);
    vi.mocked(fs.openSync).mockClear();
    expect(loadError(join(dir, 'pipe.yaml'))).toMatch(/pipe\.yaml: not a regular file/);
    expect(loadError(join(dir, 'parent-fifo.yaml'))).toMatch(/extends: not a regular file: .*pipe\.yaml/);
    expect(loadError(join(dir, 'csv-fifo.yaml'), [REPO_ROOT])).toMatch(/initialNetwork\.agents: not a regular file: .*pipe\.csv/);
    expect(loadError(join(dir, 'device.yaml'), ['/dev'])).toMatch(/extends: not a regular file: \/dev\/zero/);
    const opened = openedPaths();
    expect(opened.filter((p) => p.includes('pipe') || p.startsWith('/dev'))).toEqual([]);
  });

  it('a FIFO planted in a run folder is refused by report, not waited on', async () => {
    const dir = folder('run-with-fifo', { 'manifest.json': '{"outputs":[]}' });
    execFileSync('mkfifo', [join(dir, 'summary.csv')]);
    const result = await cli(['report', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('messages quote a short excerpt of a bad line', () => {
  it('a 19 MB one-line CSV header gives a short message', () => {
    const dir = folder('huge-header', { 'h.yaml': `extends: ${DATA_NETWORK}\ninitialNetwork:\n  agents: big.csv\n` });
    writeFileSync(join(dir, 'big.csv'), `id,${'x'.repeat(19_000_000)}\n`);
    const message = loadError(join(dir, 'h.yaml'), [REPO_ROOT]);
    expect(message.length).toBeLessThan(1000);
    expect(message).toContain(`"${'x'.repeat(MAX_EXCERPT_CHARS)}"... (19,000,000 characters)`);
  });

  it('a huge unknown key and a huge unknown region are cut', () => {
    const dir = folder('huge-key', {
      'k.json': JSON.stringify({ name: 'k', regions: [{ id: 'alpha', fields: { food: 1 } }], ['q'.repeat(500_000)]: 1 }),
      'r.yaml': `extends: ${DATA_NETWORK}\ninitialNetwork:\n  agents: r.csv\n  edges: r-edges.csv\n`,
      'r.csv': `id,kind,region\na,sme,${'z'.repeat(100_000)}\n`,
      'r-edges.csv': 'source,target,kind\n',
    });
    expect(loadError(join(dir, 'k.json')).length).toBeLessThan(1000);
    const region = loadError(join(dir, 'r.yaml'), [REPO_ROOT]);
    expect(region.length).toBeLessThan(1000);
    expect(region).toContain('(100,000 characters)');
  });
});

describe('--allow-paths end to end', () => {
  it('the built CLI refuses a parent outside the tree with exit 2 and accepts it with --allow-paths', async () => {
    const outside = folder('e2e-outside', { 'parent.yaml': SMALL });
    const dir = folder('e2e', { 'child.yaml': `extends: ${join(outside, 'parent.yaml')}\n` });
    const refused = await runCli(['validate', join(dir, 'child.yaml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toMatch(STACK_FRAME);
    const allowed = await runCli(['validate', join(dir, 'child.yaml'), '--allow-paths', outside]);
    expect(allowed.code).toBe(0);
  });
});
