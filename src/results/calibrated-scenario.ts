// The calibrated scenario file: `extends` the original and sets only the fitted parameters, so a
// reader sees at once what calibration changed. A path through a list (regions[1]...) carries the
// whole list, because `extends` replaces lists rather than merging them.
import { dirname, relative } from 'node:path';
import { stringify } from 'yaml';
import type { Scenario } from '../scenario/schema.js';
import { getPath, parsePath } from '../scenario/scenario-path.js';

export function calibratedScenarioYaml(original: string, outFile: string, fitted: Scenario, paths: string[], comment: string, nameSuffix = '-calibrated'): string {
  const override: Record<string, unknown> = {};
  for (const path of paths) {
    const segments = parsePath(path);
    const listAt = segments.findIndex((s) => typeof s === 'number');
    // Up to (not into) the first list: that list is copied whole from the fitted scenario.
    const upTo = listAt < 0 ? segments.length : listAt;
    let node = override;
    for (let i = 0; i < upTo - 1; i++) {
      const key = segments[i] as string;
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const key = segments[upTo - 1] as string;
    const prefix = segments.slice(0, upTo).map(String).join('.');
    node[key] = structuredClone(getPath(fitted, prefix));
  }
  const document = { extends: relative(dirname(outFile), original), name: `${fitted.name}${nameSuffix}`, ...override };
  return `${comment.split('\n').map((line) => `# ${line}`).join('\n')}\n${stringify(document)}`;
}
