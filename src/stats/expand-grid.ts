// Full-factorial sweep expansion: the cartesian product of named parameter value lists (convention 5:
// a small pure function, every point carrying its run id).
import type { DesignPoint, ExperimentDesign, ParamValue } from './experiment-design.js';
import { statsMessages } from './stats-messages.js';

export interface GridParameter {
  path: string;
  values: readonly ParamValue[];
}

/**
 * All combinations of the parameters' values. Order: like nested loops in the order given, the LAST
 * parameter varying fastest (as Python's itertools.product; R's expand.grid varies the first fastest).
 * E.g. a=[1,2], b=[x,y] → run 0 {a:1,b:x}, 1 {a:1,b:y}, 2 {a:2,b:x}, 3 {a:2,b:y}.
 * No parameters gives one empty point (the scenario as is). Throws on an empty value list or a repeated path.
 */
export function expandGrid(parameters: readonly GridParameter[]): ExperimentDesign {
  const paths = parameters.map((p) => p.path);
  const seen = new Set<string>();
  for (const p of parameters) {
    if (seen.has(p.path)) throw new RangeError(statsMessages.duplicateParam(p.path));
    seen.add(p.path);
    if (p.values.length === 0) throw new RangeError(statsMessages.noValues(p.path));
  }
  const total = parameters.reduce((count, p) => count * p.values.length, 1);
  const points: DesignPoint[] = [];
  for (let runId = 0; runId < total; runId++) {
    // Mixed-radix digits of the run id, least significant = last parameter.
    const digits = new Array<number>(parameters.length);
    let rest = runId;
    for (let j = parameters.length - 1; j >= 0; j--) {
      digits[j] = rest % parameters[j].values.length;
      rest = Math.floor(rest / parameters[j].values.length);
    }
    const values: Record<string, ParamValue> = {};
    parameters.forEach((p, j) => {
      values[p.path] = p.values[digits[j]];
    });
    points.push({ runId, values });
  }
  return { parameters: paths, points };
}
