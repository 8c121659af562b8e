// The policy lab's part of report.html: a section with its text, the lab's data (the run's resolved
// scenario, seed and the levers' controls) and the browser builds of the lab page and its workers
// as inert text, evaluated only when a reader opens the lab, so the report's first paint is unchanged.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeHtml, scriptSafeCode, scriptSafeJson } from './html-escape.js';
import { labTextsFor, type LabUnit } from './lab-labels.js';
import type { Lang } from './labels.js';
import { reportMessages } from './report-messages.js';

/** One policy lever as a control: where it sits in the scenario and what values it takes. */
export interface LabControl {
  /** Path in the scenario, e.g. ['policy', 'programme', 'lengthQuarters']. */
  path: string[];
  /** Lever section, e.g. 'programme' or 'continuity.midTermEvaluation'. */
  group: string;
  field: string;
  kind: 'integer' | 'number' | 'boolean' | 'choice';
  description: string;
  unit: LabUnit;
  /** The schema's bounds; absent where the schema sets none. */
  min?: number;
  max?: number;
  choices?: string[];
  default: number | boolean | string;
}

/** What the lab starts from: the run's resolved scenario and seed, and the controls to offer. */
export interface LabSectionInput {
  /** The resolved scenario of the run (its manifest's `scenario`). */
  scenario: Record<string, unknown>;
  masterSeed: number;
  /** Paired replications the lab offers to run by default. */
  replications: number;
  controls: LabControl[];
}

/** The lab's browser builds (IIFE scripts written by `npm run build` into dist/lab/). */
export interface LabBundles {
  page: string;
  worker: string;
}

export const LAB_BUNDLE_FILES = { page: 'lab-page.js', worker: 'lab-worker.js' } as const;

/** dist/lab/ of this package, found by walking up from this file to the package root. */
export function labBundleDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'clustersim') return join(dir, 'dist', 'lab');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(reportMessages.labBundleMissing(join('dist', 'lab', LAB_BUNDLE_FILES.page)));
    dir = parent;
  }
}

export function loadLabBundles(dir = labBundleDir()): LabBundles {
  const read = (file: string) => {
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(reportMessages.labBundleMissing(path));
    return readFileSync(path, 'utf8');
  };
  return { page: read(LAB_BUNDLE_FILES.page), worker: read(LAB_BUNDLE_FILES.worker) };
}

/**
 * Loads the lab page's code when the section comes into view or its button is pressed: an inline
 * script element (allowed by the page's CSP), once. The worker code stays text until a run.
 */
const LOADER = `(function () {
  'use strict';
  var root = document.getElementById('lab-root');
  var button = document.getElementById('lab-open');
  var loaded = false;
  function load() {
    if (loaded) return;
    loaded = true;
    button.disabled = true;
    root.setAttribute('data-lab-state', 'loading');
    var script = document.createElement('script');
    script.textContent = document.getElementById('clustersim-lab-page').textContent;
    document.body.appendChild(script);
  }
  button.addEventListener('click', load);
  if ('IntersectionObserver' in window) {
    new IntersectionObserver(function (entries, observer) {
      if (entries.some(function (e) { return e.isIntersecting; })) { observer.disconnect(); load(); }
    }).observe(root);
  }
})();`;

const LAB_STYLE = `
#lab-root { margin: 0.8rem 0; }
.lab-bar { display: flex; flex-wrap: wrap; gap: 0.6rem 1.2rem; align-items: center; position: sticky; top: 0; background: #fff; padding: 0.4rem 0; z-index: 1; border-bottom: 1px solid #eee; }
.lab-bar input[type=number] { width: 5rem; }
.lab-group { margin: 0.4rem 0; }
.lab-group > summary { font-weight: 600; cursor: pointer; }
.lab-field { display: grid; grid-template-columns: minmax(14rem, 22rem) 12rem 7rem; gap: 0.2rem 0.8rem; align-items: center; margin: 0.3rem 0 0.3rem 1rem; }
.lab-field.lab-changed .lab-name { font-weight: 700; color: #1f4e79; }
.lab-field .lab-number { width: 6.5rem; }
.lab-description { grid-column: 1 / -1; font-size: 0.82rem; color: #555; }
table.lab-summary { border-collapse: collapse; font-size: 0.88rem; margin: 0.5rem 0; }
table.lab-summary th, table.lab-summary td { padding: 0.15rem 0.7rem; text-align: right; border-bottom: 1px solid #eee; }
table.lab-summary th[scope=row] { text-align: left; font-weight: normal; }
tr.lab-significant td { font-weight: 700; }
.lab-note { font-size: 0.85rem; color: #555; }
`;

export function buildLabSection(input: LabSectionInput, lang: Lang, bundles: LabBundles = loadLabBundles()): string {
  const text = labTextsFor(lang);
  return [
    '<section id="policy-lab" class="lab-section">',
    `<style>${LAB_STYLE}</style>`,
    `<h2>${escapeHtml(text.title)}</h2>`,
    `<div class="guide">${escapeHtml(text.intro)}</div>`,
    `<div id="lab-root" data-lab-state="idle"><button type="button" id="lab-open">${escapeHtml(text.open)}</button></div>`,
    `<script type="application/json" id="clustersim-lab-data">${scriptSafeJson({ lang, ...input })}</script>`,
    `<script type="text/plain" id="clustersim-lab-page">${scriptSafeCode(bundles.page)}</script>`,
    `<script type="text/plain" id="clustersim-lab-worker">${scriptSafeCode(bundles.worker)}</script>`,
    `<script>${scriptSafeCode(LOADER)}</script>`,
    '</section>',
  ].join('\n');
}
