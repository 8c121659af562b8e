// `clustersim robust <baseline> <variant...> --ensemble posterior.csv`: every lever compared with the
// baseline at every parameter set of a calibrated ensemble, with paired replications; prints per
// lever and indicator whether the verdict is robust or conditional on a parameter.
import { robustCompare } from '../experiments/robust-compare.js';
import { messages } from '../messages.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { defineCommand } from './command-module.js';
import { checkMemory } from './memory-guard.js';
import { commaList, withBaselineAndVariants, withRunOptions } from './options.js';
import { createProgress } from './progress.js';

export function robustCommand() {
  return defineCommand(
    'robust <baseline> <variants..>',
    'Compare levers with the baseline at every parameter set of a calibrated ensemble (paired replications)',
    (y) =>
      withRunOptions(withBaselineAndVariants(y, 'baseline scenario file', 'variant scenario files'))
        .option('ensemble', { type: 'string', demandOption: true, describe: 'posterior.csv of calibrate --method abc|history-matching' })
        .option('indicators', { type: 'string', describe: 'summary indicators, comma-separated (default commercializations,revenueJpyM,linksAcademiaIndustry)' })
        .option('name', { type: 'string', describe: 'folder name under --out (default: robust-<baseline>)' })
        .example('$0 robust scenarios/baseline.yaml scenarios/levers/external-talent.yaml --ensemble out/baseline-calibrate/posterior.csv -r 8', 'one lever across the ensemble'),
    async (args) => {
      const loaded = [args.baseline, ...args.variants].map((file) => loadScenario(file));
      checkMemory(loaded, { workers: args.workers, replications: args.replications ?? loaded[0].scenario.replications, maxMemoryMb: args.maxMemory });
      const progress = createProgress(`${loaded[0].scenario.name} robust`, args.quiet);
      const spec = { baseline: args.baseline, variants: args.variants, ensemble: args.ensemble, indicators: commaList(args.indicators), replications: args.replications, seed: args.seed, name: args.name };
      const result = await robustCompare(spec, { outRoot: args.out, workers: args.workers, onProgress: (done, total) => progress.update(done, total) }).finally(() => progress.stop());
      console.log(messages.robustWritten(args.variants.length, result.sets, result.replications, result.summaryFile));
      for (const r of result.verdicts) console.log(messages.robustVerdictLine(r.variant, r.indicator, r.median, r.p5, r.p95, r.sharePositive, r.shareNegative, r.verdict));
    },
  );
}
