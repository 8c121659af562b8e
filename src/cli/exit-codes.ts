// The CLI's exit codes, as scripts and Slurm see them.
export const EXIT = {
  ok: 0,
  /** A bug, or a replication that failed. */
  internal: 1,
  /** Bad input: usage, a scenario, or an output folder that cannot be written. */
  badInput: 2,
  /** Stopped by Ctrl-C (128 + SIGINT), as shells expect. */
  interrupted: 130,
  /** Stopped by SIGTERM (128 + 15): a Slurm time limit, `kill`, a shutdown. */
  terminated: 143,
} as const;
