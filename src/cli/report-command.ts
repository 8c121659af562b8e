// `clustersim report <runs..>`: charts and report.html for finished run folders (several: one report).
import { requireFinishedRun } from '../io/run-folder.js';
import { InputError, messages } from '../messages.js';
import { defineCommand } from './command-module.js';
import { reportOnRuns, withReportOptions } from './report-options.js';

export function reportCommand() {
  return defineCommand(
    'report <runs..>',
    'Write charts and report.html for finished run folders (several folders: one report over all)',
    (y) =>
      withReportOptions(y.positional('runs', { type: 'string', array: true, demandOption: true, describe: 'finished run folders (with manifest.json)' }))
        .option('out', { alias: 'o', type: 'string', describe: 'folder for the report (default: the only run folder)' })
        .example('$0 report out/baseline --lang ja', 'a Japanese report for a finished run')
        .example('$0 report out/baseline out/baseline-external-talent --out out/two', 'one report over two runs'),
    async (args) => {
      const runs = args.runs;
      for (const dir of runs) requireFinishedRun(dir);
      const outDir = args.out ?? (runs.length === 1 ? runs[0] : undefined);
      if (!outDir) throw new InputError(messages.reportNeedsOut());
      await reportOnRuns(runs, outDir, args);
    },
  );
}
