// The executive summary a committee reads first: headline indicators per scenario with their CIs,
// one generated sentence per variant and headline indicator from the paired statistics, cost per
// result and budget absorption, the scenarios' descriptions and what differs between them. Built
// once as blocks of text, then written as HTML (top of report.html) and Markdown (summary.md).
import { displayNamesFor, type DisplayNames } from './display-names.js';
import { labelsFor, type Lang, type ReportLabels } from './labels.js';
import {
  formatMoney,
  formatNumber,
  formatPValue,
  formatSigned,
  formatSignedPercent,
  isMoneyIndicator,
  SIGNIFICANCE_LEVEL,
} from './number-format.js';
import type { ComparisonRecord, DiscoveryRecords, IndicatorTotal, ReportData, ScenarioRecord } from './report-data.js';
import { summaryTextsFor, type SummaryTexts, type VerdictParts } from './summary-labels.js';

/**
 * Headline indicators of the summary, by name in order of importance; those a run does not have are
 * skipped (the indicator list grows), and a run with none of them shows its first indicators.
 */
export const SUMMARY_INDICATORS = [
  'commercializations',
  'products',
  'startups',
  'revenueJpyM',
  'ventureInvestmentJpyM',
  'patentsDomestic',
  'linksCrossRegion',
  'publicSpendJpyM',
] as const;
const FALLBACK_COUNT = 5;
/** More rows than this per variant hide the point; the manifests hold them all. */
const MAX_DIFFERENCES_PER_VARIANT = 25;

export interface SummaryTable {
  header: string[];
  rows: string[][];
}

/** A titled part of the summary: paragraphs (or list items) and an optional table. */
export interface SummaryBlock {
  id: string;
  title: string;
  paragraphs: string[];
  /** Render paragraphs as a bulleted list. */
  list?: boolean;
  table?: SummaryTable;
  note?: string;
}

export interface ExecutiveSummary {
  heading: string;
  intro: string;
  blocks: SummaryBlock[];
}

export function summaryIndicators(present: readonly string[]): string[] {
  const chosen = SUMMARY_INDICATORS.filter((name) => present.includes(name));
  return chosen.length > 0 ? chosen : present.slice(0, FALLBACK_COUNT);
}

/** The indicator's label without its money unit: amounts are written with theirs (億円, JPY bn). */
function bareLabel(labels: ReportLabels, indicator: string): string {
  return labels.indicator(indicator).replace(/\s*[（(](JPY million|百万円)[）)]\s*$/, '');
}

function totalOf(scenario: ScenarioRecord, indicator: string): IndicatorTotal | undefined {
  return scenario.totals.find((t) => t.indicator === indicator);
}

function value(indicator: string, x: number, lang: Lang): string {
  return isMoneyIndicator(indicator) ? formatMoney(x, lang) : formatNumber(x);
}

function headlineBlock(scenarios: readonly ScenarioRecord[], indicators: string[], ctx: Context): SummaryBlock {
  const { text, labels, lang } = ctx;
  const rows = indicators.map((indicator) => [
    bareLabel(labels, indicator),
    ...scenarios.map((s) => {
      const t = totalOf(s, indicator);
      return t ? text.meanWithCi(value(indicator, t.mean, lang), value(indicator, t.ciLow, lang), value(indicator, t.ciHigh, lang)) : text.absent;
    }),
  ]);
  return scenarioTable('summary-headline', text.headlineTitle, scenarios, rows, text.ciNote, ctx);
}

/** A block whose table has one column per scenario after the row label. */
function scenarioTable(id: string, title: string, scenarios: readonly ScenarioRecord[], rows: string[][], note: string, ctx: Context): SummaryBlock {
  return { id, title, paragraphs: [], table: { header: [ctx.text.indicator, ...scenarios.map((s) => ctx.names.scenario(s.name))], rows }, note };
}

/** The sentence for one paired comparison; significance is decided on the unrounded adjusted p. */
export function verdictSentence(row: ComparisonRecord, ctx: Context): string {
  const { text, labels, names } = ctx;
  const variant = names.scenario(row.variant);
  const indicator = bareLabel(labels, row.indicator);
  if (row.meanDiff === 0 && row.ciLow === 0 && row.ciHigh === 0) return text.identical(variant, indicator);
  const baselineMean = row.baselineMean ?? (row.relativeChange ? row.meanDiff / row.relativeChange : undefined);
  const relative = row.relativeChange !== null && baselineMean !== undefined && baselineMean !== 0;
  const show = (x: number) => (relative ? formatSignedPercent(x / Math.abs(baselineMean!)) : formatSigned(x));
  const parts: VerdictParts = {
    variant,
    indicator,
    change: show(row.meanDiff),
    ciLow: show(row.ciLow),
    ciHigh: show(row.ciHigh),
    p: formatPValue(row.pAdjusted),
  };
  const excludesZero = row.ciLow > 0 || row.ciHigh < 0;
  if (row.pAdjusted < SIGNIFICANCE_LEVEL) return row.meanDiff > 0 ? text.up(parts) : text.down(parts);
  return excludesZero ? text.notAfterAdjustment(parts) : text.noDifference(parts);
}

function verdictBlock(comparisons: readonly ComparisonRecord[], indicators: string[], ctx: Context): SummaryBlock {
  const variants = [...new Set(comparisons.map((c) => c.variant))];
  const paragraphs = variants.flatMap((variant) =>
    indicators.flatMap((indicator) => {
      const row = comparisons.find((c) => c.variant === variant && c.indicator === indicator);
      return row ? [verdictSentence(row, ctx)] : [];
    }),
  );
  return { id: 'summary-verdicts', title: ctx.text.verdictsTitle, paragraphs, list: true, note: ctx.text.verdictsNote };
}

function costBlock(scenarios: readonly ScenarioRecord[], ctx: Context): SummaryBlock | undefined {
  const { text, lang } = ctx;
  const mean = (s: ScenarioRecord, indicator: string) => totalOf(s, indicator)?.mean;
  const rows: string[][] = [];
  const addRow = (label: string, cell: (s: ScenarioRecord) => string | undefined) => {
    const cells = scenarios.map(cell);
    if (cells.some((c) => c !== undefined)) rows.push([label, ...cells.map((c) => c ?? text.absent)]);
  };
  const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b !== 0 ? a / b : undefined);
  addRow(text.costPerCommercialization, (s) => {
    const r = ratio(mean(s, 'publicSpendJpyM'), mean(s, 'commercializations'));
    return r === undefined ? undefined : formatMoney(r, lang);
  });
  addRow(text.publicPerRevenue, (s) => {
    const r = ratio(mean(s, 'publicSpendJpyM'), mean(s, 'revenueJpyM'));
    return r === undefined ? undefined : formatNumber(r);
  });
  addRow(text.budgetAvailable, (s) => {
    const x = mean(s, 'budgetAvailableJpyM');
    return x === undefined ? undefined : formatMoney(x, lang);
  });
  addRow(text.budgetSpent, (s) => {
    const x = mean(s, 'budgetSpentJpyM');
    return x === undefined ? undefined : formatMoney(x, lang);
  });
  addRow(text.absorption, (s) => {
    const r = ratio(mean(s, 'budgetSpentJpyM'), mean(s, 'budgetAvailableJpyM'));
    return r === undefined ? undefined : `${(100 * r).toFixed(0)}%`;
  });
  return rows.length === 0 ? undefined : scenarioTable('summary-cost', text.costTitle, scenarios, rows, text.costNote, ctx);
}

function scenariosBlock(scenarios: readonly ScenarioRecord[], ctx: Context): SummaryBlock {
  const { text, names } = ctx;
  const paragraphs = scenarios.map((s) => {
    const label = names.scenario(s.name);
    const title = label === s.name ? s.name : `${label} (${s.name})`;
    return `${title} — ${text.horizon(s.horizonQuarters)}: ${s.description.trim() || text.noDescription}`;
  });
  return { id: 'summary-scenarios', title: text.scenariosTitle, paragraphs, list: true };
}

function differencesBlock(data: ReportData, ctx: Context): SummaryBlock | undefined {
  const { text, names } = ctx;
  const scenarios = data.scenarios ?? [];
  if (scenarios.length < 2) return undefined;
  const differences = data.differences ?? [];
  const rows: string[][] = [];
  const paragraphs: string[] = [];
  for (const variant of scenarios.slice(1)) {
    const own = differences.filter((d) => d.variant === variant.name);
    if (own.length === 0) paragraphs.push(text.noDifferences(names.scenario(variant.name)));
    for (const d of own.slice(0, MAX_DIFFERENCES_PER_VARIANT)) {
      rows.push([names.scenario(variant.name), d.path, d.baselineValue ?? text.absent, d.variantValue ?? text.absent]);
    }
    if (own.length > MAX_DIFFERENCES_PER_VARIANT) rows.push([names.scenario(variant.name), text.moreDifferences(own.length - MAX_DIFFERENCES_PER_VARIANT), '', '']);
  }
  return {
    id: 'summary-differences',
    title: text.differencesTitle,
    paragraphs,
    table: rows.length > 0 ? { header: [text.variant, text.setting, `${text.baseline}: ${names.scenario(scenarios[0].name)}`, text.variant], rows } : undefined,
    note: text.differencesNote,
  };
}

interface Context {
  lang: Lang;
  text: SummaryTexts;
  labels: ReportLabels;
  names: DisplayNames;
}

/** Quasi-p-values above this mark a limit the data barely support (the usual 5% level). */
const WEAK_QUASI_P = 0.05;

/** The chosen box of a scenario discovery: its coverage and density, and its limits with their quasi-p-values. */
function discoveryBlock(discovery: DiscoveryRecords, ctx: Context): SummaryBlock {
  const { text, labels } = ctx;
  const percent = (x: number) => `${formatNumber(100 * x)}%`;
  const box = discovery.boxes.find((b) => b.box === discovery.selectedBox)!;
  const all = discovery.boxes[0];
  const limits = discovery.limits.filter((l) => l.box === box.box && l.restricted);
  return {
    id: 'summary-discovery',
    title: text.discoveryTitle,
    paragraphs: [
      text.discoveryLine(discovery.condition, percent(all.density), box.box, percent(box.coverage), percent(box.density), percent(box.mass)),
      ...(limits.length > 0
        ? limits.map((l) => text.discoveryLimit(labels.parameter(l.dimension), l.limits, l.quasiP === null ? text.absent : l.quasiP.toPrecision(2), l.quasiP !== null && l.quasiP > WEAK_QUASI_P))
        : [text.discoveryNone]),
    ],
    note: text.discoveryNote,
  };
}

export function buildExecutiveSummary(data: ReportData, lang: Lang): ExecutiveSummary {
  const ctx: Context = { lang, text: summaryTextsFor(lang), labels: labelsFor(lang), names: displayNamesFor(data, lang) };
  const { text, names } = ctx;
  const scenarios = data.scenarios ?? [];
  const blocks: SummaryBlock[] = [];
  const manifest = data.manifest;
  blocks.push({
    id: 'summary-run',
    title: text.runTitle,
    paragraphs: [text.runLine(manifest.scenarios.map((s) => names.scenario(s)).join(ctx.labels.page.listSeparator), manifest.replications, String(manifest.masterSeed))],
  });
  if (scenarios.length > 0) {
    const present = [...new Set(scenarios.flatMap((s) => s.totals.map((t) => t.indicator)))];
    const indicators = summaryIndicators(present);
    blocks.push(headlineBlock(scenarios, indicators, ctx));
    const comparisons = data.comparisons ?? [];
    if (comparisons.length > 0) blocks.push(verdictBlock(comparisons, indicators, ctx));
    const cost = costBlock(scenarios, ctx);
    if (cost) blocks.push(cost);
    blocks.push(scenariosBlock(scenarios, ctx));
    const differences = differencesBlock(data, ctx);
    if (differences) blocks.push(differences);
  }
  if (data.discovery) blocks.push(discoveryBlock(data.discovery, ctx));
  blocks.push(...(data.extraBlocks ?? []));
  return { heading: text.heading, intro: text.intro, blocks };
}
