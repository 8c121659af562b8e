// The executive summary: headline table with CIs, one generated verdict per variant and headline
// indicator (significance decided on the unrounded adjusted p), cost per result, absorption,
// descriptions and differences; written as summary.md beside report.html and at the top of the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutiveSummary, summaryIndicators, verdictSentence } from '../../src/report/executive-summary.js';
import { displayNamesFor } from '../../src/report/display-names.js';
import { labelsFor } from '../../src/report/labels.js';
import { formatMoney, formatPValue, formatSignedPercent } from '../../src/report/number-format.js';
import type { ComparisonRecord } from '../../src/report/report-data.js';
import { summaryTextsFor } from '../../src/report/summary-labels.js';
import { writeReport } from '../../src/report/write-report.js';
import { sampleReportData } from '../fixtures/report/sample-report-data.js';
import { tempDir } from '../helpers/run-folders.js';

const row = (overrides: Partial<ComparisonRecord>): ComparisonRecord => ({
  baseline: 'baseline',
  variant: 'continuity',
  indicator: 'commercializations',
  meanDiff: 10,
  ciLow: 6.8,
  ciHigh: 13.2,
  relativeChange: 0.25,
  pAdjusted: 0.001,
  baselineMean: 40,
  ...overrides,
});

const context = (lang: 'en' | 'ja') => ({
  lang,
  text: summaryTextsFor(lang),
  labels: labelsFor(lang),
  names: displayNamesFor(sampleReportData(), lang),
});

describe('verdict sentences', () => {
  it('say the change, its CI relative to the baseline mean, and significance, in the scenario label', () => {
    expect(verdictSentence(row({}), context('ja'))).toBe(
      '「支援の継続」では、事業化件数は+25.0%（95%信頼区間 +17.0%〜+33.0%）増加し、統計的に有意です（補正後p 0.0010）。',
    );
    expect(verdictSentence(row({}), context('en'))).toBe(
      'Continuity of support: Commercialisations rises by +25.0% (95% CI +17.0% to +33.0%), statistically significant (adjusted p 0.0010).',
    );
    expect(verdictSentence(row({ meanDiff: -10, ciLow: -13.2, ciHigh: -6.8, relativeChange: -0.25 }), context('en'))).toContain('falls by −25.0%');
  });

  it('say "no detectable difference" when the interval holds zero, and name adjustment when only it removes significance', () => {
    expect(verdictSentence(row({ meanDiff: 1, ciLow: -2, ciHigh: 4, relativeChange: 0.025, pAdjusted: 0.6 }), context('en'))).toBe(
      'Continuity of support: no detectable difference in Commercialisations (+2.5%, 95% CI −5.0% to +10.0%; adjusted p 0.60).',
    );
    expect(verdictSentence(row({ pAdjusted: 0.2 }), context('ja'))).toContain('多重比較の補正後は有意ではありません');
    expect(verdictSentence(row({ meanDiff: 0, ciLow: 0, ciHigh: 0, relativeChange: 0, pAdjusted: 1 }), context('en'))).toBe(
      'Continuity of support: Commercialisations is the same as the baseline\'s in every replication.',
    );
  });

  it('decide significance on the unrounded p and print enough digits to agree with it', () => {
    expect(formatPValue(0.04995)).toBe('0.04995');
    expect(formatPValue(0.0500001)).toBe('0.050');
    expect(formatPValue(0.4)).toBe('0.40');
    expect(formatPValue(0.0004)).toBe('< 0.001');
    expect(verdictSentence(row({ pAdjusted: 0.04995 }), context('en'))).toContain('statistically significant (adjusted p 0.04995)');
  });

  it('use the signed difference when the baseline mean is 0 (no percentage exists)', () => {
    expect(verdictSentence(row({ meanDiff: 3, ciLow: 1, ciHigh: 5, relativeChange: null, baselineMean: 0 }), context('en'))).toContain('rises by +3 (95% CI +1 to +5)');
  });
});

describe('number formats', () => {
  it('write large amounts in 億円 and JPY billion', () => {
    expect(formatMoney(3054, 'ja')).toBe('30.5億円');
    expect(formatMoney(54, 'ja')).toBe('54百万円');
    expect(formatMoney(7500, 'en')).toBe('JPY 7.5 bn');
    expect(formatMoney(540, 'en')).toBe('JPY 540 m');
    expect(formatSignedPercent(-0.372)).toBe('−37.2%');
  });
});

describe('buildExecutiveSummary', () => {
  it('chooses headline indicators by name, skipping absent ones, with the first indicators as fallback', () => {
    expect(summaryIndicators(['revenueJpyM', 'linksTotal', 'commercializations'])).toEqual(['commercializations', 'revenueJpyM']);
    expect(summaryIndicators(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('has the headline table, verdicts, cost per result with absorption, descriptions and differences', () => {
    const summary = buildExecutiveSummary(sampleReportData(), 'en');
    const block = (id: string) => summary.blocks.find((b) => b.id === id)!;
    const headline = block('summary-headline');
    expect(headline.table!.header).toEqual(['Indicator', 'baseline', 'Continuity of support', '広域連携']);
    expect(headline.table!.rows[0]).toEqual(['Commercialisations', '40 [36, 44]', '50 [45, 55]', '60 [54, 66]']);
    expect(headline.table!.rows.map((r) => r[0])).toEqual(['Commercialisations', 'Related revenue', 'Patent applications (domestic)', 'Public spend']);
    // Two variants × the headline indicators the comparisons cover (commercialisations, revenue, patents).
    expect(block('summary-verdicts').paragraphs).toHaveLength(6);
    const cost = block('summary-cost').table!.rows;
    expect(cost[0]).toEqual(['Public spend per commercialisation', 'JPY 75 m', 'JPY 60 m', 'JPY 50 m']);
    expect(cost.find((r) => r[0].startsWith('Absorption'))).toEqual(['Absorption (spent / available)', '40%', '40%', '40%']);
    expect(block('summary-scenarios').paragraphs[0]).toBe('baseline — 40 quarters (10 years): Five-year programme, observed ten years.');
    expect(block('summary-differences').table!.rows).toEqual([
      ['Continuity of support', 'policy.continuity.bridgingQuarters', '0', '8'],
      ['広域連携', 'regions.kobe.block', '—', '"kansai"'],
    ]);
  });

  it('is written as summary.md and at the top of report.html, before the first chart', async () => {
    const dir = tempDir('executive-summary');
    const files = await writeReport(dir, sampleReportData(), { lang: 'ja' });
    expect(files.slice(-2)).toEqual([join(dir, 'summary.md'), join(dir, 'report.html')]);
    const markdown = readFileSync(join(dir, 'summary.md'), 'utf8');
    expect(markdown).toContain('## 主要指標');
    expect(markdown).toContain('| 事業化件数 | 40（36〜44） | 50（45〜55） | 60（54〜66） |');
    expect(markdown).toContain('| 予算額 | 75億円 | 75億円 | 75億円 |');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.indexOf('id="summary"')).toBeGreaterThan(0);
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('class="chart-section"'));
    expect(html).toContain('「支援の継続」では、事業化件数は');
  });
});
