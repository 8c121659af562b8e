// The words of the executive summary (report.html's first section and summary.md), in English and
// Japanese: headings, table headers, and the sentence patterns the verdicts are generated from.
import type { Lang } from './labels.js';

/** One verdict's numbers, already formatted for the sentence. */
export interface VerdictParts {
  variant: string;
  indicator: string;
  /** "+25%" or, when the baseline mean is 0, the signed difference ("+3.2"). */
  change: string;
  ciLow: string;
  ciHigh: string;
  p: string;
}

export interface SummaryTexts {
  heading: string;
  intro: string;
  headlineTitle: string;
  indicator: string;
  /** Table cell: mean with its 95% CI. */
  meanWithCi: (mean: string, low: string, high: string) => string;
  ciNote: string;
  verdictsTitle: string;
  verdictsNote: string;
  up: (v: VerdictParts) => string;
  down: (v: VerdictParts) => string;
  notAfterAdjustment: (v: VerdictParts) => string;
  noDifference: (v: VerdictParts) => string;
  identical: (variant: string, indicator: string) => string;
  costTitle: string;
  costPerCommercialization: string;
  publicPerRevenue: string;
  budgetAvailable: string;
  budgetSpent: string;
  absorption: string;
  costNote: string;
  scenariosTitle: string;
  noDescription: string;
  differencesTitle: string;
  differencesNote: string;
  setting: string;
  baseline: string;
  variant: string;
  noDifferences: (variant: string) => string;
  moreDifferences: (count: number) => string;
  absent: string;
  runTitle: string;
  runLine: (scenarios: string, replications: number, seed: string) => string;
  /** Horizon of a scenario, in quarters and years. */
  horizon: (quarters: number) => string;
  discoveryTitle: string;
  /** Percentages already formatted. */
  discoveryLine: (condition: string, baseRate: string, box: number, coverage: string, density: string, mass: string) => string;
  discoveryLimit: (parameter: string, limits: string, quasiP: string, weak: boolean) => string;
  discoveryNone: string;
  discoveryNote: string;
  /** A budget allocation's front and regret tables (clustersim allocate). */
  allocationFrontTitle: string;
  allocationFrontLine: (count: number, objectives: string, budget: string, replications: number) => string;
  allocationFromScenario: string;
  allocationFromScaled: (cost: string) => string;
  allocationNoReference: string;
  allocation: string;
  allocationCost: string;
  /** The front chart's x axis when there is one objective. */
  allocationCostAxis: string;
  allocationWithCi: (objective: string) => string;
  allocationDiff: (indicator: string) => string;
  /** An objective as the tables name it, from its label (`publicSpendJpyM:min`) or the indicator's display name. */
  allocationObjective: (label: string, display: string, minimised: boolean) => string;
  /** An indicator in the Δ column's header. */
  allocationIndicator: (name: string, display: string) => string;
  /** The reference candidate's name: `#0 (scenario)`. */
  allocationScenario: (label: string) => string;
  regretTitle: string;
  regretLine: (sets: number, replications: number) => string;
  /** An objective empty for some allocation at some sets: those sets are left out of its rows. */
  regretLeftOut: (objective: string, sets: number, total: number) => string;
  regretObjective: string;
  regretExpected: string;
  regretP10: string;
  regretMax: string;
  regretBestAt: string;
  /** A regret heatmap column: the sets at which `allocation` is best, and their weight. */
  regretCluster: (allocation: string, weight: string) => string;
}

const EN: SummaryTexts = {
  heading: 'Executive summary',
  intro: 'The headline results of this report, computed from the same replications as the charts below.',
  headlineTitle: 'Headline results',
  indicator: 'Indicator',
  meanWithCi: (mean, low, high) => `${mean} [${low}, ${high}]`,
  ciNote: 'Mean over replications of the run total (or, for a stock, its value at the end), with its 95% confidence interval in brackets.',
  verdictsTitle: 'What each policy changes',
  verdictsNote:
    'Paired comparison with the baseline (the same random numbers in each replication); percentages are relative to the ' +
    "baseline's mean, and p-values are adjusted for multiple comparisons (Holm).",
  up: (v) => `${v.variant}: ${v.indicator} rises by ${v.change} (95% CI ${v.ciLow} to ${v.ciHigh}), statistically significant (adjusted p ${v.p}).`,
  down: (v) => `${v.variant}: ${v.indicator} falls by ${v.change} (95% CI ${v.ciLow} to ${v.ciHigh}), statistically significant (adjusted p ${v.p}).`,
  notAfterAdjustment: (v) =>
    `${v.variant}: ${v.indicator} changes by ${v.change} (95% CI ${v.ciLow} to ${v.ciHigh}), not significant after adjusting for multiple comparisons (adjusted p ${v.p}).`,
  noDifference: (v) => `${v.variant}: no detectable difference in ${v.indicator} (${v.change}, 95% CI ${v.ciLow} to ${v.ciHigh}; adjusted p ${v.p}).`,
  identical: (variant, indicator) => `${variant}: ${indicator} is the same as the baseline's in every replication.`,
  costTitle: 'Cost per result',
  costPerCommercialization: 'Public spend per commercialisation',
  publicPerRevenue: 'Public spend per JPY million of related revenue (JPY million)',
  budgetAvailable: 'Programme budget available',
  budgetSpent: 'Programme budget spent',
  absorption: 'Absorption (spent / available)',
  costNote: 'Ratios of the means over replications; public spend is what the programme and core institutions paid (publicSpendJpyM).',
  scenariosTitle: 'Scenarios',
  noDescription: '(no description in the scenario file)',
  differencesTitle: 'What differs between the scenarios',
  differencesNote: 'Every setting of the resolved scenarios (after extends and defaults) whose value differs from the baseline.',
  setting: 'Setting',
  baseline: 'Baseline',
  variant: 'Variant',
  noDifferences: (variant) => `${variant}: no setting differs from the baseline.`,
  moreDifferences: (count) => `… and ${count} more (see the manifests).`,
  absent: '—',
  runTitle: 'About the run',
  runLine: (scenarios, replications, seed) => `${scenarios}; ${replications} replications, master seed ${seed}.`,
  horizon: (quarters) => `${quarters} quarters (${quarters / 4} years)`,
  discoveryTitle: 'Where the condition holds (scenario discovery)',
  discoveryLine: (condition, baseRate, box, coverage, density, mass) =>
    `“${condition}” holds in ${baseRate} of the design's replications. Box ${box} holds ${mass} of all replications and ${coverage} of those where the condition holds (coverage), and the condition holds in ${density} of its own (density). Its limits:`,
  discoveryLimit: (parameter, limits, quasiP, weak) => `${parameter} in ${limits} (quasi-p ${quasiP})${weak ? ': weakly supported, may be ignored' : ''}`,
  discoveryNone: 'The box restricts no parameter: the condition is not concentrated anywhere in the sampled ranges.',
  discoveryNote:
    'A box describes where the condition is frequent in the sampled ranges of this design; it is not a cause. Limits with a quasi-p-value above 0.05 are weakly supported by the data.',
  allocationFrontTitle: 'Pareto front of the allocations',
  allocationFrontLine: (count, objectives, budget, replications) =>
    `${count} allocation(s) on the front of ${objectives} within ${budget} million yen, each from ${replications} replications with the same seeds; ` +
    'the interval is the 95% CI of the mean (replication noise only), ',
  allocationFromScenario: 'Δ is the paired difference from the scenario as given.',
  allocationFromScaled: (cost) => `Δ is the paired difference from the scenario as given with its budget levers scaled down to fit the budget (#0, ${cost} million yen).`,
  allocationNoReference: 'Δ is not given: the scenario as given does not fit the budget even with its budget levers at their minimum.',
  allocation: 'allocation',
  allocationCost: 'cost (JPY M)',
  allocationCostAxis: 'cost (JPY million)',
  allocationWithCi: (objective) => `${objective} [95% CI]`,
  allocationDiff: (indicator) => `Δ ${indicator} [95% CI]`,
  allocationObjective: (label) => label,
  allocationIndicator: (name) => name,
  allocationScenario: (label) => `${label} (scenario)`,
  regretTitle: 'Robustness across the calibrated ensemble',
  regretLine: (sets, replications) =>
    `${sets} parameter sets x ${replications} paired replications per allocation. Expected and 10th percentile are weighted by the ensemble's weights; ` +
    'regret is the loss against the best of these allocations at each set, its maximum over the sets is the minimax criterion (*: least maximum regret).',
  regretLeftOut: (objective, sets, total) =>
    `${objective}: ${sets} of the ${total} sets are left out of its rows, because some allocation has no value there (for example no activity while funded, so nothing to compare after funding); its weights are those of the other sets.`,
  regretObjective: 'objective',
  regretExpected: 'expected',
  regretP10: '10th percentile',
  regretMax: 'max regret',
  regretBestAt: 'best at (weight)',
  regretCluster: (allocation, weight) => `best: ${allocation} (${weight})`,
};

const JA: SummaryTexts = {
  heading: '要旨',
  intro: 'このレポートの主要な結果です。以下の図と同じ試行から計算しています。',
  headlineTitle: '主要指標',
  indicator: '指標',
  meanWithCi: (mean, low, high) => `${mean}（${low}〜${high}）`,
  ciNote: '実行期間の累計（ストック指標は期末の値）の試行平均。括弧内は95%信頼区間です。',
  verdictsTitle: '各施策による変化',
  verdictsNote:
    'ベースラインとの対応のある比較（各試行で同じ乱数を使用）です。割合はベースラインの平均に対する変化率、p値は' +
    '多重比較の補正（Holm法）後の値です。',
  up: (v) => `「${v.variant}」では、${v.indicator}は${v.change}（95%信頼区間 ${v.ciLow}〜${v.ciHigh}）増加し、統計的に有意です（補正後p ${v.p}）。`,
  down: (v) => `「${v.variant}」では、${v.indicator}は${v.change}（95%信頼区間 ${v.ciLow}〜${v.ciHigh}）減少し、統計的に有意です（補正後p ${v.p}）。`,
  notAfterAdjustment: (v) =>
    `「${v.variant}」では、${v.indicator}は${v.change}（95%信頼区間 ${v.ciLow}〜${v.ciHigh}）変化しましたが、多重比較の補正後は有意ではありません（補正後p ${v.p}）。`,
  noDifference: (v) => `「${v.variant}」では、${v.indicator}に検出できる差はありません（${v.change}、95%信頼区間 ${v.ciLow}〜${v.ciHigh}、補正後p ${v.p}）。`,
  identical: (variant, indicator) => `「${variant}」では、${indicator}はすべての試行でベースラインと同じ値です。`,
  costTitle: '成果あたりの費用',
  costPerCommercialization: '事業化1件あたりの公的支出',
  publicPerRevenue: '関連収入100万円あたりの公的支出（百万円）',
  budgetAvailable: '予算額',
  budgetSpent: '予算執行額',
  absorption: '執行率（執行額／予算額）',
  costNote: '試行平均どうしの比です。公的支出は事業と中核機関が支出した額（publicSpendJpyM）です。',
  scenariosTitle: 'シナリオ',
  noDescription: '（シナリオファイルに説明がありません）',
  differencesTitle: 'シナリオ間の違い',
  differencesNote: '解決済みシナリオ（extendsと既定値を反映）のうち、ベースラインと値が異なる設定のすべてです。',
  setting: '設定',
  baseline: 'ベースライン',
  variant: '比較シナリオ',
  noDifferences: (variant) => `「${variant}」はベースラインと異なる設定がありません。`,
  moreDifferences: (count) => `…ほか${count}件（manifest.jsonを参照）。`,
  absent: '—',
  runTitle: '実行の概要',
  runLine: (scenarios, replications, seed) => `${scenarios}。試行${replications}回、マスターシード ${seed}。`,
  horizon: (quarters) => `${quarters}四半期（${quarters / 4}年）`,
  discoveryTitle: '条件が成り立つ範囲（シナリオ探索）',
  discoveryLine: (condition, baseRate, box, coverage, density, mass) =>
    `「${condition}」は計画の試行の${baseRate}で成り立ちます。箱${box}は全試行の${mass}を含み、条件が成り立つ試行の${coverage}を含みます（カバー率）。箱の中では${density}で条件が成り立ちます（密度）。箱の範囲：`,
  discoveryLimit: (parameter, limits, quasiP, weak) => `${parameter}：${limits}（準p値 ${quasiP}）${weak ? '（データの裏付けが弱く、無視してよい制限）' : ''}`,
  discoveryNone: '箱はどのパラメータも制限していません。標本範囲のどこにも条件は集中していません。',
  discoveryNote: '箱はこの計画の標本範囲で条件が起きやすい場所を示すもので、原因ではありません。準p値が0.05を超える制限はデータの裏付けが弱いものです。',
  allocationFrontTitle: '配分のパレート最適解',
  allocationFrontLine: (count, objectives, budget, replications) =>
    `${objectives}について、予算${budget}百万円以内でパレート最適な配分は${count}件です。各配分は同じシードの試行${replications}回から推定し、` +
    '区間は平均の95%信頼区間（試行のばらつきのみ）です。',
  allocationFromScenario: 'Δはシナリオそのまま（#0）との対応のある差です。',
  allocationFromScaled: (cost) => `Δは、予算に収まるよう予算レバーを縮小したシナリオ（#0、${cost}百万円）との対応のある差です。`,
  allocationNoReference: 'シナリオそのままでは予算レバーを最小にしても予算に収まらないため、Δは示しません。',
  allocation: '配分',
  allocationCost: '費用（百万円）',
  allocationCostAxis: '費用（百万円）',
  allocationWithCi: (objective) => `${objective}［95%信頼区間］`,
  allocationDiff: (indicator) => `Δ ${indicator}［95%信頼区間］`,
  allocationObjective: (_label, display, minimised) => `${display}${minimised ? '（最小化）' : ''}`,
  allocationIndicator: (_name, display) => display,
  allocationScenario: (label) => `${label}（シナリオ）`,
  regretTitle: '較正済みアンサンブルに対する頑健性',
  regretLine: (sets, replications) =>
    `パラメータ集合${sets}個 × 配分ごとの対応のある試行${replications}回。期待値と10パーセンタイルはアンサンブルの重みで加重しています。` +
    '後悔は各集合でこれらの配分のうち最善のものに対する損失で、集合全体での最大値がミニマックス基準です（*：最大後悔が最小）。',
  regretLeftOut: (objective, sets, total) =>
    `${objective}：${total}個の集合のうち${sets}個は、値のない配分がある（例：支援中に活動がなく、支援後と比べられない）ため、この目的の行から除いています。重みは残りの集合のものです。`,
  regretObjective: '目的',
  regretExpected: '期待値',
  regretP10: '10パーセンタイル',
  regretMax: '最大後悔',
  regretBestAt: '最善となる重み',
  regretCluster: (allocation, weight) => `最善：${allocation}（${weight}）`,
};

export function summaryTextsFor(lang: Lang): SummaryTexts {
  return lang === 'ja' ? JA : EN;
}
