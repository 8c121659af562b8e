// `clustersim screen <scenario> --targets <file> -p path=lo:hi ...`: which candidate parameters move
// the calibration's fit (Morris elementary effects on the distance and on each target), ranked.
import { DEFAULT_TRAJECTORIES } from '../experiments/design-spec.js';
import { screenParameters } from '../experiments/screen-parameters.js';
import { messages } from '../messages.js';
import { defineCommand } from './command-module.js';
import { designBase, withDesignHooks, withDesignOptions } from './design-options.js';
import { requiredPositiveInteger } from './options.js';
import { writeCommitteeReport } from './report-options.js';

/** Targets named per candidate in the printed ranking. */
const TARGETS_SHOWN = 2;

export function screenCommand() {
  return defineCommand(
    'screen <scenario>',
    'Rank candidate calibration parameters by their Morris effect on the fit to a targets table',
    (y) =>
      withDesignOptions(y)
        .option('targets', { type: 'string', demandOption: true, describe: 'targets file (YAML/JSON), as for calibrate' })
        .option('trajectories', { type: 'number', default: DEFAULT_TRAJECTORIES, describe: 'Morris trajectories r (points r(k+1))', coerce: requiredPositiveInteger('trajectories') })
        .example('$0 screen scenarios/programmes/knowledge-cluster.yaml --targets scenarios/targets/knowledge-cluster.yaml -p ... -p ... -r 4', 'rank the candidates'),
    async (args) => {
      const result = await withDesignHooks(args, 'screen', (options) => screenParameters({ ...designBase(args), targets: args.targets, trajectories: args.trajectories }, options));
      console.log(messages.screenWritten(result.points, result.replications, result.file));
      for (const p of result.ranking) {
        const most = p.movesMost.slice(0, TARGETS_SHOWN).map((t) => `${t.target} (${t.muStar.toPrecision(3)})`).join(', ');
        console.log(messages.screenLine(p.distance.rank, p.path, p.distance.muStar, p.distance.sigma, most, p.negligible));
      }
      await writeCommitteeReport(result.dir, result.reportData, args);
    },
  );
}
