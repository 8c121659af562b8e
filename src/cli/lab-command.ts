// `clustersim lab <scenario>`: a page holding only the policy lab for a scenario, without running
// it here: the reader's browser runs the paired replications (same seeds as `clustersim run`).
import { writeLabReport } from '../experiments/lab-report.js';
import { messages } from '../messages.js';
import { LANGS, type Lang } from '../report/index.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { defineCommand } from './command-module.js';
import { positiveInteger, seedValue } from './options.js';

export function labCommand() {
  return defineCommand(
    'lab <scenario>',
    'Write out/<name>.lab.html: the policy lab alone, which runs the scenario and an edited variant in the browser',
    (y) =>
      y
        .positional('scenario', { type: 'string', demandOption: true, describe: 'scenario file (YAML or JSON)' })
        .option('replications', { alias: 'r', type: 'number', describe: 'paired replications the lab offers (default: the scenario\'s, at most 20)', coerce: positiveInteger('replications') })
        .option('seed', { alias: 's', type: 'number', describe: 'master seed (default: the scenario\'s)', coerce: seedValue })
        .option('out', { alias: 'o', type: 'string', default: 'out', describe: 'folder that receives <name>.lab.html' })
        .option('lang', { type: 'string', choices: LANGS, default: 'en' as Lang, describe: 'language of the page' })
        .example('$0 lab scenarios/baseline.yaml --lang ja', 'out/baseline.lab.html, in Japanese'),
    (args) => {
      const { scenario } = loadScenario(args.scenario);
      console.log(messages.labWritten(writeLabReport(scenario, { seed: args.seed, replications: args.replications, outRoot: args.out, lang: args.lang })));
    },
  );
}
