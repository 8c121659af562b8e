// `npm run verdicts`: what every shipped support does, measured — each case in scenarios/cases
// against its combinations with recommended supports, and the baseline against every lever
// scenario — printed as the markdown table the README shows, with verdicts.csv beside the runs.
//   node dist/src/bench/support-verdicts.js [--replications 120] [--out out/verdicts] [--workers N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedSupportFamilies, supportVerdicts } from '../experiments/support-verdicts.js';
import { supportVerdictCsv, supportVerdictMarkdown } from '../results/support-verdict-table.js';
import { PACKAGE_ROOT } from '../version.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const option = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const replications = Number(option('--replications') ?? 120);
  const outRoot = option('--out') ?? join('out', 'verdicts');
  const workers = option('--workers') === undefined ? undefined : Number(option('--workers'));
  const families = shippedSupportFamilies(join(PACKAGE_ROOT, 'scenarios'));
  const started = Date.now();
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
