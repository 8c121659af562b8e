// `clustersim report <runs..>`: charts and report.html for finished run folders (several: one report).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareRunFolders, comparisonRunFolders } from '../experiments/compare.js';
import { COMPARISON_FILE, isFinishedRun, requireFinishedRun } from '../io/run-folder.js';
import { InputError, messages } from '../messages.js';
import { defineCommand } from './command-module.js';
import { printComparison, reportOnRuns, withReportOptions } from './report-options.js';

export function reportCommand() {
  return defineCommand(
    'report <runs..>',
    'Write charts and report.html for finished run folders (several folders: one report over all) or a comparison folder',
    (y) =>
      withReportOptions(y.positional('runs', { type: 'string', array: true, demandOption: true, describe: 'finished run folders (with manifest.json)' }))
        .option('out', { alias: 'o', type: 'string', describe: 'folder for the report (default: the only run folder)' })
        .example('$0 report out/baseline --lang ja', 'a Japanese report for a finished run')
        .example('$0 report out/baseline out/baseline-external-talent --out out/two', 'one report over two runs')
        .example('$0 report out/compare-baseline-vs-baseline-external-talent --lang ja', 'redraw a comparison\'s report'),
    async (args) => {
      const runs = args.runs;
      // A comparison folder: redraw the comparison from the run folders it records.
      if (runs.length === 1 && !isFinishedRun(runs[0]) && existsSync(join(runs[0], COMPARISON_FILE))) {
        const dirs = comparisonRunFolders(runs[0]);
        if (!dirs) throw new InputError(messages.reportOnComparison(runs[0]));
        await printComparison(compareRunFolders(dirs, args.out ?? runs[0], { allowMismatch: true }), dirs, args);
        return;
      }
      for (const dir of runs) requireFinishedRun(dir);
      const outDir = args.out ?? (runs.length === 1 ? runs[0] : undefined);
      if (!outDir) throw new InputError(messages.reportNeedsOut());
      await reportOnRuns(runs, outDir, args);
    },
  );
}
