// What the policy lab's page reads from report.html (the JSON island lab-section.ts writes), typed
// for the browser side: the run's resolved scenario, its master seed and the lever controls.
import type { LabControl } from '../report/lab-section.js';
import type { Lang } from '../report/labels.js';
import type { Scenario } from '../scenario/schema.js';

export interface LabData {
  lang: Lang;
  scenario: Scenario;
  masterSeed: number;
  replications: number;
  controls: LabControl[];
}

/** The value at `path` in a scenario (a plain JSON tree). */
export function valueAt(tree: unknown, path: readonly string[]): unknown {
  let node = tree;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Sets the value at `path`, creating missing sections (an omitted section takes its defaults). */
export function setValueAt(tree: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = tree;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
