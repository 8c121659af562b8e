// Look shared by every chart: the font all text is measured and drawn with, sizes and label
// limits roomy enough for Japanese, and the title block, so the builders only describe data.
import type { Config, TopLevelSpec } from 'vega-lite';
import { REPORT_FONT_STACK } from './font-files.js';
import type { ChartName } from './chart-names.js';
import type { ReportLabels } from './labels.js';

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Categorical colours for scenarios, legible in print and for common colour-vision deficiencies. */
export const SCENARIO_COLOURS = ['#1f77b4', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#666666'];

export function chartConfig(): Config {
  return {
    font: REPORT_FONT_STACK,
    background: 'white',
    padding: 8,
    title: { anchor: 'start', fontSize: 15, subtitleFontSize: 11, subtitleColor: '#555555', offset: 10 },
    // Limits are wide because a Japanese label of 15 characters is already 165 px at 11 px.
    // labelOverlap with a separation thins labels that would touch (e.g. flush end labels on narrow panels).
    axis: { labelFontSize: 11, titleFontSize: 11, labelLimit: 260, titleLimit: 400, titleFontWeight: 'normal', labelOverlap: true, labelSeparation: 6 },
    // Legend samples at full strength, whatever opacity the marks use to show overlap.
    legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 260, titleLimit: 300, symbolOpacity: 1 },
    header: { labelFontSize: 12, labelFontWeight: 'bold', labelLimit: 400, titleFontSize: 12 },
    view: { stroke: '#dddddd' },
    range: { category: SCENARIO_COLOURS },
  };
}

/** The fields every top-level spec starts with, in a fixed order so JSON output is stable. */
export function specHeader(name: ChartName, labels: ReportLabels): Pick<TopLevelSpec, '$schema' | 'title' | 'description' | 'config'> {
  const text = labels.chart(name);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: text.title, subtitle: text.subtitle },
    description: text.guide,
    config: chartConfig(),
  };
}
