// The browser builds of vega, vega-lite and vega-embed, read from node_modules so report.html can
// inline them and work offline. Their package `exports` block deep imports of build/*.min.js, so
// the package folder is found from its resolved entry and the file read from disk.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportMessages } from './report-messages.js';

export interface VegaLibraries {
  vega: string;
  vegaLite: string;
  vegaEmbed: string;
}

/** Browser bundles (UMD: they define globals vega, vegaLite and vegaEmbed), in load order. */
const BUILDS = [
  { key: 'vega', pkg: 'vega', file: 'build/vega.min.js' },
  { key: 'vegaLite', pkg: 'vega-lite', file: 'build/vega-lite.min.js' },
  { key: 'vegaEmbed', pkg: 'vega-embed', file: 'build/vega-embed.min.js' },
] as const;

let cached: VegaLibraries | undefined;

export function loadVegaLibraries(): VegaLibraries {
  if (cached) return cached;
  const libraries = {} as VegaLibraries;
  for (const { key, pkg, file } of BUILDS) {
    const path = join(packageDir(pkg), file);
    if (!existsSync(path)) throw new Error(reportMessages.libraryMissing(pkg, file));
    libraries[key] = readFileSync(path, 'utf8');
  }
  cached = libraries;
  return libraries;
}

/** Walks up from the package's resolved entry point to the folder whose package.json names it. */
function packageDir(pkg: string): string {
  let dir: string;
  try {
    dir = dirname(fileURLToPath(import.meta.resolve(pkg)));
  } catch {
    throw new Error(reportMessages.libraryMissing(pkg, 'package.json'));
  }
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(reportMessages.libraryMissing(pkg, 'package.json'));
    dir = parent;
  }
}
