// `clustersim lab`'s library side: a report page holding only the policy lab, for a scenario that
// has not been run (the lab runs it in the reader's browser), written as <outRoot>/<name>.lab.html.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-file.js';
import { LAB_DEFAULT_REPLICATIONS, labInput } from '../lab/lab-input.js';
import { buildReportHtml, labelsFor, type Lang } from '../report/index.js';
import { buildLabSection } from '../report/lab-section.js';
import type { Scenario } from '../scenario/schema.js';
import { VERSION } from '../version.js';

export interface LabReportOptions {
  /** Master seed; default the scenario's. */
  seed?: number;
  /** Paired replications the lab offers; default the scenario's, at most LAB_DEFAULT_REPLICATIONS. */
  replications?: number;
  outRoot: string;
  lang: Lang;
}

export function labReportFile(outRoot: string, scenarioName: string): string {
  return join(outRoot, `${scenarioName}.lab.html`);
}

/** Writes the lab-only page and returns its path. */
export function writeLabReport(scenario: Scenario, options: LabReportOptions): string {
  const masterSeed = options.seed ?? scenario.seed;
  const replications = options.replications ?? Math.min(scenario.replications, LAB_DEFAULT_REPLICATIONS);
  const input = labInput(scenario, masterSeed, replications);
  const html = buildReportHtml({
    charts: [],
    manifest: { scenarios: [scenario.name], masterSeed, replications: input.replications, version: VERSION },
    labels: labelsFor(options.lang),
    labSection: buildLabSection(input, options.lang),
  });
  mkdirSync(options.outRoot, { recursive: true });
  const file = labReportFile(options.outRoot, scenario.name);
  writeFileAtomic(file, html);
  return file;
}
