// What the policy lab of a report starts from, read on the Node side: a run folder's resolved
// scenario and master seed (its manifest), or a scenario as loaded, and the levers' controls.
import { readManifest } from '../io/run-folder.js';
import type { LabSectionInput } from '../report/lab-section.js';
import type { Scenario } from '../scenario/schema.js';
import { labControls } from './lab-controls.js';

/** Paired replications the lab offers by default: enough for intervals, quick on a laptop. */
export const LAB_DEFAULT_REPLICATIONS = 20;

/** The lab starting from `scenario` with this master seed, offering `replications` paired replications. */
export function labInput(scenario: Scenario, masterSeed: number, replications: number): LabSectionInput {
  return { scenario: { ...scenario }, masterSeed, replications: Math.max(2, replications), controls: labControls() };
}

/** The lab of a finished run folder: its resolved scenario, seed and replication count. */
export function labInputFromRun(dir: string): LabSectionInput {
  const manifest = readManifest<{ scenario: Scenario; masterSeed: number; replications: number }>(dir);
  return labInput(manifest.scenario, manifest.masterSeed, Math.min(manifest.replications, LAB_DEFAULT_REPLICATIONS));
}
