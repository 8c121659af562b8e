// `npm run verdicts`: what every shipped support does, measured — each case in scenarios/cases
// against its combinations with recommended supports, and the baseline against every lever
// scenario — printed as the markdown table the README shows, with verdicts.csv beside the runs.
//   node dist/src/bench/support-verdicts.js [--replications 120] [--out out/verdicts] [--workers N]
// With --ensemble posterior.csv, the same families at every set of an ensemble calibration (default 4
// paired replications per set), each verdict robust or conditional.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensembleSupportVerdicts, shippedSupportFamilies, supportVerdicts } from '../experiments/support-verdicts.js';
import { ensembleVerdictMarkdown, supportVerdictCsv, supportVerdictMarkdown } from '../results/support-verdict-table.js';
import { PACKAGE_ROOT } from '../version.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ensemble = option('--ensemble');
  const replications = Number(option('--replications') ?? (ensemble ? 4 : 120));
  const outRoot = option('--out') ?? join('out', 'verdicts');
  const workers = option('--workers') === undefined ? undefined : Number(option('--workers'));
  const families = shippedSupportFamilies(join(PACKAGE_ROOT, 'scenarios'));
  const started = Date.now();
  if (ensemble) {
    const verdicts = await ensembleSupportVerdicts(families, ensemble, { replications, outRoot, workers });
    const sets = readFileSync(ensemble, 'utf8').trimEnd().split('\n').length - 1;
    process.stdout.write(ensembleVerdictMarkdown(verdicts, sets, replications));
    process.stderr.write(`${verdicts.length} verdicts across ${sets} parameter sets in ${((Date.now() - started) / 1000).toFixed(0)} s; per family in ${outRoot}/robust-*\n`);
    return;
  }
  const verdicts = await supportVerdicts(families, {
    replications,
    outRoot,
    workers,
    force: true,
    onStart: (scenario) => process.stderr.write(`${scenario.name} …\n`),
  });
  writeFileSync(join(outRoot, 'verdicts.csv'), supportVerdictCsv(verdicts));
  process.stdout.write(supportVerdictMarkdown(verdicts));
  process.stderr.write(`${verdicts.length} verdicts from ${replications} paired replications in ${((Date.now() - started) / 1000).toFixed(0)} s; ${join(outRoot, 'verdicts.csv')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
