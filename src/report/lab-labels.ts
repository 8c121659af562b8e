// The policy lab's words in English and Japanese: section text, control units, buttons, progress
// and result headings. Lever sections reuse the report's lever names (labels.ts).
import type { Lang } from './labels.js';

export interface LabTexts {
  title: string;
  intro: string;
  open: string;
  loading: string;
  /** Shown instead of the lab when the browser cannot run workers. */
  noWorkers: string;
  programme: string;
  replications: string;
  seed: string;
  cores: string;
  run: string;
  running: (done: number, total: number) => string;
  finished: (replications: number, seconds: string) => string;
  failed: string;
  changed: string;
  reset: string;
  baselineName: string;
  variantName: string;
  summaryHeading: string;
  summaryNote: string;
  indicator: string;
  baselineMean: string;
  variantMean: string;
  difference: string;
  ci: string;
  pAdjusted: string;
  downloadYaml: string;
  downloadSummary: string;
  downloadNote: string;
  units: Record<LabUnit, string>;
}

/** How a control's value is measured, from the field's name (JpyM, Quarters, ...) and its bounds. */
export type LabUnit = 'jpyM' | 'quarters' | 'share' | 'perYear' | 'count' | 'factor' | 'none';

const EN: LabTexts = {
  title: 'Policy lab',
  intro:
    'Change the policy levers below and run the model itself in this browser: each run simulates the report\'s scenario and ' +
    'your edited variant with the same random numbers, replication by replication (paired, as `clustersim compare` does), ' +
    'on every core of this computer, with no network. Replication i uses the same seed as replication i of `clustersim run`, ' +
    'so the numbers equal the command line\'s to the last digit. Download the edited scenario to run it at full size.',
  open: 'Open the policy lab',
  loading: 'Loading the model…',
  noWorkers: 'This browser cannot run the model here (Web Workers are unavailable).',
  programme: 'Programme',
  replications: 'Paired replications',
  seed: 'Master seed',
  cores: 'Workers (cores)',
  run: 'Run',
  running: (done, total) => `Running: ${done} of ${total} replications`,
  finished: (replications, seconds) => `Done: ${replications} paired replications in ${seconds} s.`,
  failed: 'The run failed:',
  changed: 'changed',
  reset: 'Reset to the report\'s scenario',
  baselineName: 'Report\'s scenario',
  variantName: 'Edited scenario',
  summaryHeading: 'Summary over replications',
  summaryNote: 'Means over replications of each replication\'s summary value (as summary.csv and stats.csv); the difference is paired, its 95% interval and Holm-adjusted p-value as in comparison.csv.',
  indicator: 'Indicator',
  baselineMean: 'Report\'s scenario (mean)',
  variantMean: 'Edited scenario (mean)',
  difference: 'Difference',
  ci: '95% interval',
  pAdjusted: 'Adjusted p',
  downloadYaml: 'Download the edited scenario (YAML)',
  downloadSummary: 'Download its summary.csv',
  downloadNote: 'The YAML carries the seed and replication count, so `clustersim run` of it writes the same summary.csv.',
  units: { jpyM: 'JPY million', quarters: 'quarters', share: 'share (0–1)', perYear: 'per year', count: 'count', factor: 'factor', none: '' },
};

const JA: LabTexts = {
  title: '政策ラボ',
  intro:
    '下の政策レバーを変えて、このブラウザの中でモデルそのものを実行できます。各実行は、本レポートのシナリオと編集したシナリオを' +
    '同じ乱数で反復ごとに対にして（`clustersim compare` と同じ対応のある比較）、このコンピュータの全コアで計算します。ネットワークは使いません。' +
    '反復 i は `clustersim run` の反復 i と同じシードを使うため、数値はコマンドラインの結果と最後の桁まで一致します。' +
    '編集したシナリオをダウンロードすれば、本番の規模で実行できます。',
  open: '政策ラボを開く',
  loading: 'モデルを読み込んでいます…',
  noWorkers: 'このブラウザではモデルを実行できません（Web Worker が使えません）。',
  programme: '施策（プログラム）',
  replications: '対の反復回数',
  seed: 'マスターシード',
  cores: 'ワーカー数（コア）',
  run: '実行',
  running: (done, total) => `実行中：${total} 回中 ${done} 回`,
  finished: (replications, seconds) => `完了：対の反復 ${replications} 回（${seconds} 秒）。`,
  failed: '実行に失敗しました：',
  changed: '変更あり',
  reset: 'レポートのシナリオに戻す',
  baselineName: 'レポートのシナリオ',
  variantName: '編集したシナリオ',
  summaryHeading: '反復を通じた要約',
  summaryNote: '各反復の要約値（summary.csv・stats.csv と同じ）の反復平均。差は対応のある差で、95%区間と Holm 補正後の p 値は comparison.csv と同じ計算です。',
  indicator: '指標',
  baselineMean: 'レポートのシナリオ（平均）',
  variantMean: '編集したシナリオ（平均）',
  difference: '差',
  ci: '95%区間',
  pAdjusted: '補正後 p 値',
  downloadYaml: '編集したシナリオをダウンロード（YAML）',
  downloadSummary: 'その summary.csv をダウンロード',
  downloadNote: 'YAML にはシードと反復回数が含まれるため、`clustersim run` で同じ summary.csv が得られます。',
  units: { jpyM: '百万円', quarters: '四半期', share: '割合（0〜1）', perYear: '年あたり', count: '件・人', factor: '倍率', none: '' },
};

export function labTextsFor(lang: Lang): LabTexts {
  return lang === 'ja' ? JA : EN;
}
