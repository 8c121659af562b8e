// What every experiment function takes besides its spec: where results go, how many threads, and
// hooks for progress and checks. The library never prints or touches the terminal: callers (the CLI's
// progress bars, a notebook) get told through these hooks.
import type { Executor } from '../montecarlo/executor.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import type { Scenario } from '../scenario/schema.js';

export interface ExperimentOptions {
  /** Folder that receives the experiment's folder (default `out`). */
  outRoot?: string;
  /** Worker threads (default: all cores); 1 runs in-process. */
  workers?: number;
  /** Replications (or design evaluations) done so far of the total. */
  onProgress?: (done: number, total: number) => void;
  /** Something the user should know that is not an error (a resume that had to start over, a stale lock taken over). */
  onNotice?: (message: string) => void;
}

/** Options of the functions that run design points (sweep, sensitivity, calibrate). */
export interface DesignOptions extends ExperimentOptions {
  /**
   * Called once the base scenario is loaded, before any file is written, with the replications each
   * point will run: a place for checks (the CLI's memory guard throws here) and for naming a progress bar.
   */
  onLoaded?: (loaded: LoadedScenario, replications: number) => void;
  /** Take the points saved in the folder's evaluation journal by an interrupted run of the same design. */
  resume?: boolean;
  /** Delete an evaluation journal in the way (another design's, or one not resumed) and start over. */
  force?: boolean;
  /** Aborting stops the design; evaluated points stay in its journal for `resume`. */
  signal?: AbortSignal;
}

/** Options of the functions that run whole scenarios into run folders (run, compare). */
export interface RunExperimentOptions extends ExperimentOptions {
  /** Continue from a checkpoint left by an interrupted run. */
  resume?: boolean;
  /** Replace the outputs of a different run (other scenario or seed) in the output folder. */
  force?: boolean;
  /** Run on this executor instead of a fresh one (it is left open, for the caller to reuse). */
  executor?: Executor;
  /** Aborting stops the run; completed replications stay on disk for `resume`. */
  signal?: AbortSignal;
  /** A scenario's run starts (`alreadyDone` replications found on disk when resuming). */
  onStart?: (scenario: Scenario, total: number, alreadyDone: number) => void;
}

/** A scenario given as a file (loaded by the library) or already loaded with `loadScenario`. */
export type ScenarioSource = string | LoadedScenario;
