// How the report writes numbers for people: significant digits, money in 百万円 or 億円 (JPY million
// or billion) by size, signed percentages, and p-values that never round across 0.05.
import type { Lang } from './labels.js';

/** Three significant digits (whole numbers from 1000 up), thousands separated; '–' for no number. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (value === 0) return '0';
  return String(Number(value.toPrecision(digits)));
}

/** A signed number: "+3.2", "−1.5" (a true minus sign reads better in prose). */
export function formatSigned(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '–';
  const text = formatNumber(Math.abs(value), digits);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A share as a signed percentage with one decimal: 0.25 → "+25.0%". */
export function formatSignedPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const percent = Math.abs(100 * share).toFixed(1);
  return share > 0 && percent !== '0.0' ? `+${percent}%` : share < 0 && percent !== '0.0' ? `−${percent}%` : `${percent}%`;
}

/** 1 億円 = 100 百万円: amounts from 1 億円 up read in 億円, as in budget documents. */
const JPY_M_PER_OKU = 100;
const JPY_M_PER_BILLION = 1000;

/** An amount given in million yen: "3,054百万円" is written "30.5億円"; in English JPY million or billion. */
export function formatMoney(jpyM: number, lang: Lang): string {
  if (!Number.isFinite(jpyM)) return '–';
  if (lang === 'ja') {
    return Math.abs(jpyM) >= JPY_M_PER_OKU ? `${formatNumber(jpyM / JPY_M_PER_OKU)}億円` : `${formatNumber(jpyM)}百万円`;
  }
  return Math.abs(jpyM) >= JPY_M_PER_BILLION ? `JPY ${formatNumber(jpyM / JPY_M_PER_BILLION)} bn` : `JPY ${formatNumber(jpyM)} m`;
}

/** Indicators in million yen carry the unit in their name. */
export function isMoneyIndicator(indicator: string): boolean {
  return indicator.endsWith('JpyM');
}

export const SIGNIFICANCE_LEVEL = 0.05;

/**
 * A p-value with as many digits as it takes to stay on its side of 0.05: 0.04995 prints "0.04995",
 * never "0.050" beside a "significant" mark (significance is decided on the unrounded value).
 */
export function formatPValue(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p < 0.001) return '< 0.001';
  const significant = p < SIGNIFICANCE_LEVEL;
  for (let digits = 2; digits <= 8; digits++) {
    const text = p.toPrecision(digits);
    if (Number(text) < SIGNIFICANCE_LEVEL === significant) return text;
  }
  return String(p);
}
