// One chart outside the committee report (the calibration's and the robust comparison's): its
// Vega-Lite spec and its SVG rendering, written atomically as charts/NAME.vl.json and NAME.svg.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { writeFileAtomic } from '../io/atomic-file.js';
import { CHARTS_DIR } from '../io/run-folder.js';
import { renderSvg } from './render-svg.js';

/** Writes `<dir>/charts/<name>.vl.json` and `.svg`; returns the SVG's path. */
export async function writeChartFiles(dir: string, name: string, spec: TopLevelSpec): Promise<string> {
  const base = join(dir, CHARTS_DIR, name);
  mkdirSync(join(dir, CHARTS_DIR), { recursive: true });
  writeFileAtomic(`${base}.vl.json`, `${JSON.stringify(spec, null, 2)}\n`);
  writeFileAtomic(`${base}.svg`, (await renderSvg(spec)).svg);
  return `${base}.svg`;
}
