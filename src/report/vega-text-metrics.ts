// Makes Vega lay out labels with the real font's widths (the hook vl-convert uses too), so
// Japanese titles, axis labels and legends get the room they need in SVG and PNG output.
import * as vega from 'vega';
import { measureTextPx } from './text-measure.js';

interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

/** Vega's default size when a mark sets none. */
const DEFAULT_FONT_SIZE = 11;

function isBold(weight: number | string | undefined): boolean {
  if (weight === undefined) return false;
  if (typeof weight === 'number') return weight >= 600;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

/**
 * Width of one text line for an item. Capped at the item's `limit` when it has one: Vega calls
 * this both to size bounds and, inside its own truncation search, to test prefixes against the
 * limit; the cap keeps bounds at the truncated size while still failing over-long prefixes.
 */
export function vegaTextWidth(item: TextItem, text: unknown): number {
  const fontSize = item.fontSize != null ? Number(item.fontSize) || 0 : DEFAULT_FONT_SIZE;
  const line = text == null ? '' : String(text).trim();
  if (fontSize <= 0 || line === '') return 0;
  const width = measureTextPx(line, fontSize, isBold(item.fontWeight));
  return item.limit != null && item.limit > 0 ? Math.min(width, item.limit) : width;
}

let installed = false;

/** Installs the measurement in Vega once per process; the hook is global in vega-scenegraph. */
export function installVegaTextMetrics(): void {
  if (installed) return;
  // vega-scenegraph exports the hook through vega, but vega's typings omit it.
  const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } };
  textMetrics.width = vegaTextWidth;
  installed = true;
}
