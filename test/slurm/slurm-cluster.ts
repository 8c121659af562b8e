// A private single-node Slurm cluster for the integration test, started without systemd: munged,
// slurmctld and slurmd from Debian's slurm-wlm and munge, each in the foreground as a child of the
// test, with their key, socket, state, spool, ports and logs in one temporary folder. Nothing under
// /etc or /run is touched, so a Slurm or munge already on the machine is neither used nor disturbed.
// Clients (sinfo, sbatch, ...) find this cluster through SLURM_CONF in `env`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, hostname, tmpdir, totalmem } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_TIMEOUT_MS = 45_000;
const STOP_TIMEOUT_MS = 10_000;
const INSTALL_HINT = 'install them with `apt-get install -y slurm-wlm munge` (.ci/run does this)';

export interface SlurmCluster {
  /** Temporary folder with the configuration, state and daemon logs. */
  dir: string;
  /** The process environment with SLURM_CONF pointing at this cluster. */
  env: NodeJS.ProcessEnv;
  /** Runs a Slurm client command (sinfo, squeue, scontrol, ...) against this cluster. */
  client(command: string, args: string[]): { status: number | null; stdout: string; stderr: string };
  /** Waits until the queue is empty (every job finished, failed or was cancelled); false on timeout. */
  waitForEmptyQueue(timeoutMs: number): Promise<boolean>;
  /** The daemons' logs, for failure messages. */
  logs(): string;
  /** Cancels remaining jobs and stops the daemons this cluster started, by pid. */
  stop(): Promise<void>;
}

/** Absolute path of a program, looked up on PATH and in the sbin folders (often not on root's PATH in CI). */
function which(program: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/sbin', '/usr/bin', '/bin'].filter((d) => d !== '');
  return dirs.map((d) => join(d, program)).find((path) => existsSync(path));
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function tail(path: string, lines = 40): string {
  if (!existsSync(path)) return '(no log)';
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

interface Daemon {
  name: string;
  child: ChildProcess;
  log: string;
  exited: Promise<void>;
}

export async function startSlurmCluster(): Promise<SlurmCluster> {
  if (process.getuid?.() !== 0) {
    throw new Error('the Slurm integration test starts munged, slurmctld and slurmd and must run as root (CI does)');
  }
  const programs = Object.fromEntries(
    ['munged', 'munge', 'unmunge', 'slurmctld', 'slurmd', 'sbatch', 'sinfo', 'squeue', 'scontrol', 'scancel'].map((p) => [p, which(p)]),
  );
  const missing = Object.keys(programs).filter((p) => programs[p] === undefined);
  if (missing.length > 0) throw new Error(`Slurm or munge is not installed (missing: ${missing.join(', ')}); ${INSTALL_HINT}`);
  const bin = programs as Record<string, string>;

  const dir = mkdtempSync(join(tmpdir(), 'clustersim-slurm-'));
  // munged refuses sockets in folders others can write to; clients need to reach the socket.
  chmodSync(dir, 0o755);
  const daemons: Daemon[] = [];
  const start = (name: string, program: string, args: string[]): Daemon => {
    const log = join(dir, `${name}.out`);
    const fd = openSync(log, 'a');
    const child = spawn(program, args, { stdio: ['ignore', fd, fd] });
    closeSync(fd);
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.once('error', () => undefined);
    const daemon = { name, child, log, exited };
    daemons.push(daemon);
    return daemon;
  };
  // In the foreground (-D, -F) the daemons log to stderr, which goes to <name>.out.
  const logs = () => daemons.map((d) => `--- ${d.name} (pid ${d.child.pid ?? '?'}, ${d.log}) ---\n${tail(d.log)}`).join('\n');
  const conf = join(dir, 'slurm.conf');
  const env: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: conf };
  const client = (command: string, args: string[]) => {
    const result = spawnSync(bin[command] ?? command, args, { env, encoding: 'utf8', timeout: 20_000 });
    return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? result.error?.message ?? '' };
  };
  const dead = () => daemons.find((d) => d.child.exitCode !== null || d.child.signalCode !== null);

  const stop = async () => {
    if (daemons.some((d) => d.name === 'slurmctld' && d.child.exitCode === null)) {
      // Jobs first, so no slurmstepd or task is left behind when slurmd goes.
      const jobs = client('squeue', ['-h', '-o', '%A']).stdout.split(/\s+/).filter(Boolean);
      if (jobs.length > 0) {
        client('scancel', jobs);
        await waitForEmptyQueue(STOP_TIMEOUT_MS);
      }
    }
    for (const daemon of [...daemons].reverse()) {
      const { child } = daemon;
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) continue;
      child.kill('SIGTERM');
      const stopped = await Promise.race([daemon.exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
      if (!stopped) {
        child.kill('SIGKILL');
        await daemon.exited;
      }
    }
  };
  const waitForEmptyQueue = async (timeoutMs: number): Promise<boolean> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const result = client('squeue', ['-h', '-o', '%i']);
      if (result.status === 0 && result.stdout.trim() === '') return true;
      await sleep(500);
    }
    return false;
  };

  try {
    // 1. munge: a fresh key (mode 600, owned by root, who runs munged here) and a private socket.
    const key = join(dir, 'munge.key');
    writeFileSync(key, randomBytes(1024), { mode: 0o600 });
    const socket = join(dir, 'munge.socket');
    start('munged', bin.munged, ['--foreground', `--key-file=${key}`, `--socket=${socket}`, `--pid-file=${join(dir, 'munged.pid')}`, `--seed-file=${join(dir, 'munged.seed')}`]);
    await until(() => existsSync(socket), 10_000, dead, 'munged did not create its socket', logs);
    const credential = spawnSync(bin.munge, ['-n', '-S', socket], { encoding: 'utf8' });
    const decoded = spawnSync(bin.unmunge, ['-S', socket], { input: credential.stdout, encoding: 'utf8' });
    if (credential.status !== 0 || decoded.status !== 0) {
      throw new Error(`munge cannot encode and decode a credential: ${credential.stderr}${decoded.stderr}`);
    }

    // 2. slurm.conf: this host as the only node, plugins that work without cgroups or systemd.
    const node = hostname().split('.')[0];
    const [ctldPort, slurmdPort] = [await freePort(), await freePort()];
    for (const sub of ['state', 'spool']) mkdirSync(join(dir, sub));
    writeFileSync(conf, [
      'ClusterName=clustersimtest',
      `SlurmctldHost=${node}(127.0.0.1)`,
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${slurmdPort}`,
      'SlurmUser=root',
      'SlurmdUser=root',
      'AuthType=auth/munge',
      'CredType=cred/munge',
      `AuthInfo=socket=${socket}`,
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'JobCompType=jobcomp/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'SchedulerType=sched/backfill',
      'MpiDefault=none',
      'ReturnToService=2',
      'MailProg=/bin/true',
      // The node's CPUs and memory are as written here even where the hardware's layout differs.
      'SlurmdParameters=config_overrides',
      `NodeName=${node} NodeAddr=127.0.0.1 CPUs=${availableParallelism()} RealMemory=${Math.floor((totalmem() / 2 ** 20) * 0.9)} State=UNKNOWN`,
      `PartitionName=test Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
    ].join('\n') + '\n');

    // 3. The controller and the node daemon, in the foreground; ready when the node is idle.
    start('slurmctld', bin.slurmctld, ['-D', '-f', conf]);
    start('slurmd', bin.slurmd, ['-D', '-f', conf, '-N', node]);
    await until(() => /idle/.test(client('sinfo', ['-h', '-N', '-o', '%t']).stdout), READY_TIMEOUT_MS, dead, 'the node did not become idle', logs);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    await stop();
    throw new Error(`could not start a Slurm cluster in ${dir}: ${detail}\n${logs()}`);
  }
  return { dir, env, client, waitForEmptyQueue, logs, stop };
}

async function until(
  ready: () => boolean,
  timeoutMs: number,
  dead: () => Daemon | undefined,
  what: string,
  logs: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (ready()) return;
    const died = dead();
    if (died) throw new Error(`${died.name} exited (${died.child.exitCode ?? died.child.signalCode}) while waiting: ${what}`);
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await sleep(250);
  }
}

/** The job logs under a folder, for failure messages. */
export function jobLogs(dir: string): string {
  if (!existsSync(dir)) return `(no ${dir})`;
  return readdirSync(dir).sort().map((name) => `--- ${name} ---\n${tail(join(dir, name))}`).join('\n');
}
