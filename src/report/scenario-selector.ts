// A drop-down that narrows a chart to one scenario in report.html (a Vega-Lite parameter bound
// to a select). Static SVG/PNG renderings show its default: all scenarios.
import type { ReportLabels } from './labels.js';

const PARAM = 'scenarioChoice';

export interface ScenarioSelector {
  params: { name: string; value: null; bind: { input: 'select'; options: (string | null)[]; labels: string[]; name: string } }[];
  filter: { filter: string };
}

/** Undefined when there is nothing to choose between. */
export function scenarioSelector(scenarios: readonly string[], labels: ReportLabels): ScenarioSelector | undefined {
  if (scenarios.length < 2) return undefined;
  return {
    params: [
      {
        name: PARAM,
        // null stands for "all", so no scenario name can collide with the sentinel.
        value: null,
        bind: {
          input: 'select',
          options: [null, ...scenarios],
          labels: [labels.axis.allScenarios, ...scenarios],
          name: labels.axis.chooseScenario,
        },
      },
    ],
    filter: { filter: `${PARAM} == null || datum.scenario == ${PARAM}` },
  };
}
