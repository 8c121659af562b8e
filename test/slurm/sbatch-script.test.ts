// The Slurm scripts without Slurm: their text, their checks, submission through a stand-in sbatch, and
// the scripts themselves executed by bash with the variables Slurm would set (a comparison end to end).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeScriptPath } from '../../src/experiments/slurm-jobs.js';
import { InputError } from '../../src/messages.js';
import { ROW_FILES, STATS_FILE } from '../../src/io/run-folder.js';
import { arrayScript, mergeScript, shellQuote, slurmScripts, type SlurmPlan } from '../../src/slurm/sbatch-script.js';
import { parseJobId, submitJobs, type SbatchResult } from '../../src/slurm/submit-jobs.js';
import { runCli, STACK_FRAME } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/fixtures.js';
import { tempDir } from '../helpers/run-folders.js';

const scratch = tempDir('slurm-scripts');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function plan(overrides: Partial<SlurmPlan> = {}): SlurmPlan {
  return {
    jobName: 'clustersim-baseline',
    shards: 4,
    runs: [{ scenarioFile: '/data/scenarios/baseline.yaml', name: 'baseline', replications: 400, seed: 20260401 }],
    resources: { cpusPerTask: 4, time: '02:00:00', mem: '4G', partition: 'short', account: 'proj42', extra: ['--qos=normal'] },
    node: '/opt/node/bin/node',
    cli: '/opt/clustersim/dist/src/cli/main.js',
    outDir: '/scratch/me/out',
    logDir: '/scratch/me/out/slurm/logs',
    arrayScript: '/scratch/me/out/slurm/baseline.array.sh',
    mergeScript: '/scratch/me/out/slurm/baseline.merge.sh',
    version: '9.9.9',
    ...overrides,
  };
}

function sbatchLines(script: string): string[] {
  return script.split('\n').filter((line) => line.startsWith('#SBATCH '));
}

function expectInputError(fn: () => unknown, pattern: RegExp): void {
  expect(fn).toThrow(InputError);
  expect(fn).toThrow(pattern);
}

describe('sbatch scripts', () => {
  it('the array script asks for N tasks and runs shard $SLURM_ARRAY_TASK_ID/N with $SLURM_CPUS_PER_TASK workers, by absolute paths', () => {
    const script = arrayScript(plan());
    expect(script.startsWith('#!/bin/bash\n')).toBe(true);
    expect(sbatchLines(script)).toEqual([
      '#SBATCH --job-name=clustersim-baseline',
      '#SBATCH --array=0-3',
      '#SBATCH --cpus-per-task=4',
      '#SBATCH --time=02:00:00',
      '#SBATCH --mem=4G',
      '#SBATCH --partition=short',
      '#SBATCH --account=proj42',
      '#SBATCH --qos=normal',
      '#SBATCH --chdir=/scratch/me/out',
      '#SBATCH --output=/scratch/me/out/slurm/logs/%x-%A_%a.out',
    ]);
    expect(script).toContain('node=/opt/node/bin/node\nclustersim=/opt/clustersim/dist/src/cli/main.js\nout=/scratch/me/out\nshards=4\n');
    expect(script).toContain('workers="${SLURM_CPUS_PER_TASK:-1}"');
    expect(script).toContain(
      '"$node" "$clustersim" run /data/scenarios/baseline.yaml --replications 400 --seed 20260401 \\\n' +
        '  --out "$out" --shard "$SLURM_ARRAY_TASK_ID/$shards" --workers "$workers" --resume --quiet\n',
    );
    // sbatch reads #SBATCH lines only before the first command.
    const lines = script.split('\n');
    const firstCommand = lines.findIndex((line) => line !== '' && !line.startsWith('#'));
    expect(lines.slice(firstCommand).some((line) => line.startsWith('#SBATCH'))).toBe(false);
  });

  it('the merge job waits for the array, is cancelled if a task fails, merges every scenario and compares when asked', () => {
    const runs = [
      { scenarioFile: '/s/baseline.yaml', name: 'baseline', replications: 100, seed: 1 },
      { scenarioFile: '/s/levers/talent.yaml', name: 'talent', replications: 100, seed: 1 },
    ];
    const script = mergeScript(plan({ runs, compare: { name: 'compare-baseline' } }));
    expect(sbatchLines(script)).toContain('#SBATCH --kill-on-invalid-dep=yes');
    expect(sbatchLines(script)).toContain('#SBATCH --cpus-per-task=1');
    expect(sbatchLines(script)).toContain('#SBATCH --job-name=clustersim-baseline-merge');
    expect(sbatchLines(script)).not.toContainEqual(expect.stringMatching(/--array/));
    expect(script).toContain('  "$node" "$clustersim" merge "${dirs[@]}" --out "$out/$1" "${report[@]}"\n');
    expect(script).toContain('\nmerge baseline\nmerge talent\n');
    expect(script).toContain('"$node" "$clustersim" compare-runs "$out"/baseline "$out"/talent --out "$out"/compare-baseline "${report[@]}"\n');
    expect(script).toContain('\nreport=(--no-report)\n');
    expect(mergeScript(plan({ reportLang: 'ja' }))).toContain('\nreport=(--lang ja)\n');
    expect(script).toContain('#   sbatch --dependency=afterok:${array%%;*} /scratch/me/out/slurm/baseline.merge.sh');
    const arrayText = arrayScript(plan({ runs }));
    expect(arrayText.match(/ run \/s\//g)).toHaveLength(2);
  });

  it('both scripts are valid bash; unusual paths are quoted', () => {
    const odd = plan({ runs: [{ scenarioFile: "/data/my scenarios/it's.yaml", name: 'baseline', replications: 8, seed: 3 }], node: '/opt/node $HOME/node' });
    const { array, merge } = slurmScripts(odd);
    for (const script of [array, merge]) expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
    expect(array).toContain(`run '/data/my scenarios/it'\\''s.yaml' --replications 8`);
    expect(array).toContain(`node='/opt/node $HOME/node'`);
    const echoed = spawnSync('bash', ['-c', `printf '%s' ${shellQuote("a b'c$d\"e")}`], { encoding: 'utf8' });
    expect(echoed.stdout).toBe("a b'c$d\"e");
  });

  it('rejects values sbatch would reject or that would leave shards empty, naming the option', () => {
    expectInputError(() => arrayScript(plan({ resources: { cpusPerTask: 1, time: '2 hours' } })), /^--time: expected a Slurm time limit/);
    expectInputError(() => arrayScript(plan({ resources: { cpusPerTask: 1, mem: '4 GB' } })), /^--mem: expected a memory size/);
    expectInputError(() => arrayScript(plan({ resources: { cpusPerTask: 1, partition: 'a b' } })), /^--partition:/);
    expectInputError(() => arrayScript(plan({ resources: { cpusPerTask: 1, extra: ['qos=x'] } })), /^--sbatch: expected an sbatch option/);
    expectInputError(() => arrayScript(plan({ shards: 401 })), /^--shards: 401 shards for 400 replications of baseline would leave shards empty/);
    expectInputError(() => mergeScript(plan({ compare: { tool: '/x.js', name: 'c' } })), /^--compare: name the baseline scenario first/);
    expectInputError(() => arrayScript(plan({ outDir: '/my out', logDir: '/my out/slurm/logs' })), /an #SBATCH line cannot carry this path/);
    const twice = plan().runs[0];
    expectInputError(() => arrayScript(plan({ runs: [twice, twice] })), /two scenarios are named 'baseline'/);
    for (const time of ['90', '02:00:00', '1-12', '1-12:30', '1-12:30:00', '30:00']) {
      expect(() => arrayScript(plan({ resources: { cpusPerTask: 1, time } }))).not.toThrow();
    }
  });

  it('a design plan: task k evaluates its share of the points by `sweep|sensitivity --shard`, the merge job runs merge-design', () => {
    const design = { command: 'sweep' as const, name: 'baseline-sweep', options: ['--param', 'a.b=1,2', '--param', "c[0].d=x y"], points: 4 };
    const runs = [{ scenarioFile: '/data/scenarios/baseline.yaml', name: 'baseline', replications: 2, seed: 7 }];
    const { array, merge } = slurmScripts(plan({ runs, design, shards: 3, reportLang: 'ja' }));
    expect(sbatchLines(array)).toContain('#SBATCH --array=0-2');
    expect(array).toContain(
      `"$node" "$clustersim" sweep /data/scenarios/baseline.yaml --param a.b=1,2 --param 'c[0].d=x y' \\\n` +
        '  --name baseline-sweep --replications 2 --seed 7 \\\n' +
        '  --out "$out" --shard "$SLURM_ARRAY_TASK_ID/$shards" --workers "$workers" --resume --quiet\n',
    );
    expect(merge).toContain('for ((k = 0; k < shards; k++)); do dirs+=("$out"/baseline-sweep".shard-$k-of-$shards"); done\n');
    expect(merge).toContain('"$node" "$clustersim" merge-design "${dirs[@]}" --out "$out"/baseline-sweep "${report[@]}"\n');
    expect(merge).toContain('\nreport=(--lang ja)\n');
    for (const script of [array, merge]) expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
    // No more shards than points (replications do not limit a design's shards); one scenario, no --compare.
    expectInputError(() => arrayScript(plan({ runs, design, shards: 5 })), /^--shards: 5 shards for the 4 points of the sweep would leave shards empty/);
    expect(() => arrayScript(plan({ runs, design, shards: 4 }))).not.toThrow();
    expectInputError(() => arrayScript(plan({ runs: [...runs, { ...runs[0], name: 'other' }], design })), /^--design sweep: name exactly one scenario/);
    expectInputError(() => mergeScript(plan({ runs, design, compare: { name: 'c' } })), /^--design sweep: name exactly one scenario/);
  });

  it('name the merge script beside the array script', () => {
    expect(mergeScriptPath('/o/slurm/baseline.array.sh')).toBe('/o/slurm/baseline.merge.sh');
    expect(mergeScriptPath('/o/job.sh')).toBe('/o/job.merge.sh');
    expect(mergeScriptPath('/o/job')).toBe('/o/job.merge');
  });

});

describe('submission', () => {
  it('submits the array, then the merge job with afterok on the array job id', () => {
    const calls: string[][] = [];
    const replies: SbatchResult[] = [
      { status: 0, stdout: '1234;cluster\n', stderr: '' },
      { status: 0, stdout: '1235\n', stderr: '' },
    ];
    const jobs = submitJobs('/o/a.sh', '/o/m.sh', (args) => {
      calls.push(args);
      return replies[calls.length - 1];
    });
    expect(jobs).toEqual({ arrayJobId: '1234', mergeJobId: '1235' });
    expect(calls).toEqual([['--parsable', '/o/a.sh'], ['--parsable', '--dependency=afterok:1234', '/o/m.sh']]);
    expect(parseJobId('garbage')).toBeUndefined();
  });

  it('says what to do when sbatch is missing or refuses a script', () => {
    const missing = Object.assign(new Error('spawnSync sbatch ENOENT'), { code: 'ENOENT' });
    expectInputError(() => submitJobs('/o/a.sh', '/o/m.sh', () => ({ status: null, stdout: '', stderr: '', error: missing })), /sbatch was not found on PATH[\s\S]*sbatch --parsable \/o\/a.sh/);
    const refuseMerge = () => {
      let call = 0;
      return () => (++call === 1 ? { status: 0, stdout: '77\n', stderr: '' } : { status: 1, stdout: '', stderr: 'sbatch: error: Invalid account' });
    };
    expectInputError(() => submitJobs('/o/a.sh', '/o/m.sh', refuseMerge()), /sbatch refused \/o\/m.sh: sbatch: error: Invalid account[\s\S]*sbatch --dependency=afterok:77 \/o\/m.sh/);
  });
});

describe('clustersim slurm', () => {
  const small = join(REPO_ROOT, 'test/fixtures/montecarlo/small.yaml');
  const lever = join(REPO_ROOT, 'test/fixtures/slurm/small-lever.yaml');

  it('writes scripts that, run as Slurm would run them, give exactly what `clustersim compare` gives on one machine', async () => {
    const out = join(scratch, 'scripts');
    const written = await runCli(['slurm', small, lever, '--compare', '--shards', '2', '-r', '5', '--out', out, '--no-report']);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain(`job array (2 tasks) -> ${out}/slurm/compare-small-vs-small-lever.array.sh`);
    expect(written.stdout).toContain('array=$(sbatch --parsable');
    const array = join(out, 'slurm', 'compare-small-vs-small-lever.array.sh');
    const merge = join(out, 'slurm', 'compare-small-vs-small-lever.merge.sh');
    // Slurm runs each task with its index and CPU count in the environment, from some other folder
    // (2 shards of 5 replications: 0, 2, 4 and 1, 3).
    for (let task = 0; task < 2; task++) {
      const ran = spawnSync('bash', [array], { cwd: scratch, encoding: 'utf8', env: { ...process.env, SLURM_ARRAY_TASK_ID: String(task), SLURM_CPUS_PER_TASK: '1' } });
      expect(ran.status, ran.stderr).toBe(0);
    }
    const merged = spawnSync('bash', [merge], { cwd: scratch, encoding: 'utf8' });
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toContain('merged 2 shards (5 replications)');

    const local = join(scratch, 'local');
    const compared = await runCli(['compare', small, lever, '-r', '5', '--out', local, '--workers', '1', '--quiet', '--no-report']);
    expect(compared.code, compared.stderr).toBe(0);
    for (const name of ['small', 'small-lever']) {
      for (const file of [...ROW_FILES, STATS_FILE]) expect(readFileSync(join(out, name, file), 'utf8'), `${name}/${file}`).toBe(readFileSync(join(local, name, file), 'utf8'));
    }
    expect(readFileSync(join(out, 'compare-small-vs-small-lever', 'comparison.csv'), 'utf8')).toBe(readFileSync(join(local, 'compare-small-vs-small-lever', 'comparison.csv'), 'utf8'));
    for (const dir of ['small', 'small-lever', 'compare-small-vs-small-lever']) expect(existsSync(join(out, dir, 'report.html')), dir).toBe(false);
    // Without --no-report the comparison step also writes the committee report, as `compare` does.
    const withReport = join(out, 'compare-with-report');
    const reported = await runCli(['compare-runs', join(out, 'small'), join(out, 'small-lever'), '--out', withReport, '--lang', 'ja']);
    expect(reported.code, reported.stderr).toBe(0);
    expect(readFileSync(join(withReport, 'comparison.csv'), 'utf8')).toBe(readFileSync(join(local, 'compare-small-vs-small-lever', 'comparison.csv'), 'utf8'));
    expect(readFileSync(join(withReport, 'report.html'), 'utf8')).toContain('lang="ja"');
    expect(spawnSync('bash', [array], { encoding: 'utf8', env: { ...process.env, SLURM_ARRAY_TASK_ID: '' } }).stderr).toContain('submit this script with sbatch');
  }, 120_000);

  it('writes design scripts that, run as Slurm would run them, give exactly the sweep.csv and sensitivity.csv of one machine', async () => {
    const sweep = ['-r', '2', '--param', 'policy.programme.lengthQuarters=4,8', '--param', 'regions[0].agents.programmeCoordinators=0,2'];
    const morris = ['-r', '2', '--method', 'morris', '--trajectories', '2', '--param', 'policy.programme.budgetPerRegionQuarterJpyM=5:200', '--param', 'model.research.overseasPatentShare=0:1'];
    const cases = [
      { design: 'sweep', shards: 3, options: sweep, file: 'sweep.csv', local: ['sweep', small, ...sweep.map((w) => (w === '--param' ? '-p' : w))] },
      { design: 'sensitivity', shards: 2, options: morris, file: 'sensitivity.csv', local: ['sensitivity', small, ...morris.map((w) => (w === '--param' ? '-p' : w))] },
    ];
    for (const c of cases) {
      const out = join(scratch, `design-${c.design}`);
      const written = await runCli(['slurm', small, '--design', c.design, '--shards', String(c.shards), ...c.options, '--out', out, '--no-report']);
      expect(written.code, written.stderr).toBe(0);
      const name = `small-${c.design}`;
      for (let task = 0; task < c.shards; task++) {
        const ran = spawnSync('bash', [join(out, 'slurm', `${name}.array.sh`)], { cwd: scratch, encoding: 'utf8', env: { ...process.env, SLURM_ARRAY_TASK_ID: String(task), SLURM_CPUS_PER_TASK: '1' } });
        expect(ran.status, ran.stderr).toBe(0);
      }
      const merged = spawnSync('bash', [join(out, 'slurm', `${name}.merge.sh`)], { cwd: scratch, encoding: 'utf8' });
      expect(merged.status, merged.stderr).toBe(0);
      expect(merged.stdout).toContain(`merged ${c.shards} design shards`);
      const local = join(scratch, `design-${c.design}-local`);
      const ran = await runCli([...c.local, '--out', local, '--workers', '1', '--quiet', '--no-report']);
      expect(ran.code, ran.stderr).toBe(0);
      expect(readFileSync(join(out, name, c.file), 'utf8'), c.design).toBe(readFileSync(join(local, name, c.file), 'utf8'));
      expect(existsSync(join(out, name, 'report.html'))).toBe(false);
    }
    const tooMany = await runCli(['slurm', small, '--design', 'sweep', '--shards', '5', ...sweep, '--out', join(scratch, 'too-many')]);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain('--shards: 5 shards for the 4 points of the sweep would leave shards empty');
    const noDesign = await runCli(['slurm', small, '--shards', '2', '--param', 'a.b=1,2', '--out', join(scratch, 'no-design')]);
    expect(noDesign.code).toBe(2);
    expect(noDesign.stderr).toContain('add --design sweep or --design sensitivity');
  }, 180_000);

  it('exits 2 with a one-paragraph message on bad input, and on --submit without sbatch', async () => {
    const bad = await runCli(['slurm', small, '--shards', '11', '--out', join(scratch, 'bad')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--shards: 11 shards for 10 replications of small would leave shards empty');
    const noShards = await runCli(['slurm', small]);
    expect(noShards.code).toBe(2);
    expect(noShards.stderr).toMatch(/shards/);

    const emptyPath = join(scratch, 'no-bin');
    mkdirSync(emptyPath, { recursive: true });
    const out = join(scratch, 'nosbatch');
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/src/cli/main.js'), 'slurm', small, '--shards', '2', '--out', out, '--submit'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: emptyPath },
    });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain('sbatch was not found on PATH');
    expect(result.stderr).not.toMatch(STACK_FRAME);
    // The scripts are written anyway, ready to be submitted elsewhere.
    expect(existsSync(join(out, 'slurm', 'small.array.sh'))).toBe(true);
  }, 30_000);
});
