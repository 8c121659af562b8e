// Every user-facing message of the report library in one place (convention 7), so the CLI
// prints consistent wording and tests can pin it.

export const reportMessages = {
  fontPackageMissing: (pkg: string) =>
    `cannot find the font package ${pkg}, which PNG charts need for Japanese text; run 'npm ci' to install it`,
  fontFileMissing: (file: string, pkg: string) =>
    `the font file ${file} is missing from ${pkg}; reinstall it with 'npm ci'`,
  fontUnreadable: (file: string, reason: string) => `cannot read the font ${file}: ${reason}`,
  libraryMissing: (pkg: string, file: string) =>
    `cannot find ${file} of the package ${pkg}, which report.html inlines; run 'npm ci' to install it`,
  chartFailed: (chart: string, reason: string) => `the chart ${chart} could not be rendered: ${reason}`,
  sweepParametersMismatch: (runId: string) =>
    `sweep row ${runId} has different parameters from the first row; every sweep row must name the same parameters`,
  labBundleMissing: (file: string) =>
    `cannot find ${file}, the policy lab's browser build that report.html inlines; run 'npm run build' to build it`,
} as const;
