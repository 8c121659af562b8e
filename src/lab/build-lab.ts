// `npm run build` step: bundles the policy lab's page and worker for the browser with esbuild into
// dist/lab/ (minified IIFE scripts report.html inlines), and refuses a bundle that reaches for Node.
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LAB_BUNDLE_FILES, labBundleDir } from '../report/lab-section.js';

const ENTRIES = [
  { source: 'src/lab/lab-page.ts', file: LAB_BUNDLE_FILES.page },
  { source: 'src/lab/lab-worker.ts', file: LAB_BUNDLE_FILES.worker },
] as const;

/** What a stand-in for a Node module carries, so a bundle that still needs one is caught. */
const NODE_MARKER = 'clustersim-lab: Node module in a browser bundle';

/**
 * Files on the lab's path may sit beside Node-only code (report/font-files.ts holds the charts'
 * font stack and the font files' paths). Their Node imports resolve to a side-effect-free stand-in
 * that tree-shaking drops when nothing the lab runs uses it; if anything does, its marker remains
 * and the build fails below.
 */
const nodeModulesUnreachable: Plugin = {
  name: 'node-modules-unreachable',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stand-in', sideEffects: false }));
    build.onLoad({ filter: /.*/, namespace: 'node-stand-in' }, (args) => ({
      contents: `module.exports = { marker: ${JSON.stringify(`${NODE_MARKER} (${args.path})`)} };`,
      loader: 'js',
    }));
  },
};

async function buildLab(): Promise<{ file: string; bytes: number }[]> {
  const outDir = labBundleDir();
  const root = dirname(dirname(outDir));
  mkdirSync(outDir, { recursive: true });
  const built: { file: string; bytes: number }[] = [];
  for (const { source, file } of ENTRIES) {
    const outfile = join(outDir, file);
    await build({
      entryPoints: [join(root, source)],
      outfile,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
      plugins: [nodeModulesUnreachable],
    });
    const code = readFileSync(outfile, 'utf8');
    if (code.includes(NODE_MARKER) || /\brequire\(/.test(code)) {
      throw new Error(`${file}: the browser bundle needs a Node module (search it for '${NODE_MARKER}'); keep Node-only code off the lab's path`);
    }
    built.push({ file: outfile, bytes: statSync(outfile).size });
  }
  return built;
}

for (const { file, bytes } of await buildLab()) console.log(`${file}: ${(bytes / 1024).toFixed(0)} kB`);
