// Messages the statistics library shows users (bad parameter specs, unknown scenario paths, bad inputs).
// Kept in one place, in the style of src/messages.ts, so the CLI and tests can pin the wording.

export const statsMessages = {
  notFinite: (what: string, index: number, value: number) =>
    `${what}: value ${index} is ${value}; statistics need finite numbers (check the indicator for division by zero)`,
  lengthMismatch: (what: string, a: number, b: number) =>
    `${what}: the arrays must be aligned by replication, but have ${a} and ${b} values`,
  probabilityOutOfRange: (p: number) => `probability must be between 0 and 1, got ${p}`,
  confidenceOutOfRange: (level: number) => `confidence level must be strictly between 0 and 1, got ${level}`,
  positiveInteger: (what: string, value: number) => `${what} must be a positive integer, got ${value}`,
  badPathSyntax: (path: string) =>
    `invalid parameter path '${path}': expected names separated by '.', with [index] for list entries, ` +
    `e.g. model.meeting.linkThreshold or regions[1].agents.smes`,
  unknownKey: (path: string, parent: string, key: string, known: string[]) =>
    `unknown parameter '${path}': ${parent || 'the scenario'} has no field '${key}'` +
    (known.length > 0 ? ` (fields there: ${known.join(', ')})` : ''),
  indexOutOfRange: (path: string, parent: string, index: number, length: number) =>
    `unknown parameter '${path}': ${parent} has ${length} entr${length === 1 ? 'y' : 'ies'}, so [${index}] does not exist`,
  notAContainer: (path: string, parent: string, found: string, wanted: 'object' | 'list') =>
    `unknown parameter '${path}': ${parent} is ${found}, not ${wanted === 'object' ? 'an object with fields' : 'a list'}`,
  badParamSpec: (spec: string) =>
    `invalid --param '${spec}': expected <path>=<v1>,<v2>,... (values) or <path>=<lo>:<hi> (range), ` +
    `e.g. model.meeting.linkThreshold=0.2,0.4 or model.meeting.linkThreshold=0.1:0.6`,
  emptyParamValue: (spec: string) => `invalid --param '${spec}': empty value in the list`,
  duplicateParamValue: (spec: string, value: string) => `invalid --param '${spec}': value ${value} is listed twice`,
  badRangeBound: (spec: string, bound: string) => `invalid --param '${spec}': range bound '${bound}' is not a number`,
  emptyRange: (spec: string, lo: number, hi: number) =>
    `invalid --param '${spec}': the range needs lo < hi, got ${lo}:${hi}`,
  duplicateParam: (path: string) => `--param ${path} is given more than once`,
  rangeNeeded: (path: string, method: string) =>
    `--param ${path}: ${method} needs a range <lo>:<hi>, not a list of values`,
  valuesNeeded: (path: string) => `--param ${path}: a grid sweep needs a list of values (or use --lhs for ranges)`,
  noValues: (path: string) => `parameter ${path} has no values to sweep`,
  badLevels: (levels: number) => `Morris levels must be an even integer >= 2, got ${levels}`,
  tooManySobolDimensions: (dimensions: number, max: number) =>
    `the Sobol sequence here supports ${max} dimensions, but ${dimensions} are needed ` +
    `(Saltelli sampling uses 2 per parameter); use fewer parameters or random sampling`,
  outputCount: (what: string, expected: number, got: number) =>
    `${what}: the design has ${expected} points but ${got} outputs were given`,
  estimateCount: (name: string, n: number, done: number) =>
    `stopping rule: indicator ${name} has ${n} values but ${done} replications are done; evaluate only after whole batches`,
  pValueOutOfRange: (index: number, p: number) => `p-value ${index} is ${p}, outside [0, 1]`,
  duplicateRange: (path: string) => `parameter ${path} appears twice in the design`,
  badRange: (path: string, lo: number, hi: number) => `parameter ${path}: the range needs finite lo < hi, got ${lo}:${hi}`,
  badIntegerRange: (path: string, lo: number, hi: number) =>
    `parameter ${path}: an integer range needs integer bounds, got ${lo}:${hi}`,
  badTarget: (target: number) => `the target relative half-width must be positive, got ${target}`,
  badCompression: (compression: number) => `sketch compression must be at least 10, got ${compression}`,
  badDegreesOfFreedom: (df: number) => `degrees of freedom must be positive, got ${df}`,
  primAlpha: (name: string, value: number) => `PRIM ${name} must be between 0 and 0.5 (a share of the box's rows), got ${value}`,
  primMinMass: (value: number) => `PRIM minimum mass must be greater than 0 and at most 1, got ${value}`,
  primBoxIndex: (index: number, boxes: number) => `PRIM box ${index} does not exist: the peeling trajectory has boxes 0 to ${boxes - 1}`,
  primNoRows: () => 'PRIM needs at least one row',
  halvingReplications: (n: number) => `successive halving needs at least 2 whole replications in its first rung (paired intervals), got ${n}`,
  halvingFinalists: (n: number) => `successive halving needs at least 1 whole finalist, got ${n}`,
  halvingKeepShare: (share: number) => `successive halving keeps a share of candidates between 0 and 1 (exclusive) per rung, got ${share}`,
  regretShape: (allocations: number, sets: number, weights: number) =>
    `a regret table needs at least one allocation and as many weights as parameter sets; got ${allocations} allocations, ${sets} sets and ${weights} weights`,
} as const;
