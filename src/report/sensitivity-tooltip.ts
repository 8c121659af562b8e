// The tooltip fields the Morris and Sobol bar charts share: which indicator, which parameter
// (label and scenario path) and which measure a bar is.
import type { ReportLabels } from './labels.js';

export function sensitivityTooltipFields(axis: ReportLabels['axis']) {
  return [
    { field: 'indicator', type: 'nominal' as const, title: axis.indicator },
    { field: 'parameter', type: 'nominal' as const, title: axis.parameter },
    { field: 'path', type: 'nominal' as const, title: axis.parameterPath },
    { field: 'measure', type: 'nominal' as const, title: axis.sensitivityIndex },
  ];
}
