// Public API of the statistics library: summaries, intervals, paired comparisons, experimental designs,
// sensitivity analysis and the stopping rule. Pure functions; randomness only through RandomStream.

export { normalCdf, normalPdf, normalQuantile } from '../math/normal-distribution.js';
export { studentTCdf, studentTPdf, studentTQuantile, studentTTwoSidedP } from './student-t-distribution.js';
export { logBeta, logGamma, regularizedGamma, regularizedIncompleteBeta } from '../math/special-functions.js';
export { quantile, quantileSorted, sortedCopy } from './sample-quantile.js';
export {
  type BootstrapOptions, type ConfidenceInterval, arrayMean, bootstrapIndexCi, bootstrapPercentileCi,
  forEachBootstrapResample, percentileInterval,
} from './bootstrap.js';
export {
  type CiMethod, type MeanInterval, type QuantileMethod, type SampleSummary, type SummaryOptions,
  meanConfidenceInterval, summarize, TQuantileMemo,
} from './sample-summary.js';
export { QuantileSketch, SketchScratch, type QuantileSketchOptions, type QuantileSketchState } from './quantile-sketch.js';
export { StreamingSummary, type StreamingSummaryOptions, type StreamingSummaryState } from './streaming-summary.js';
export { SummaryWorkspace } from './summary-workspace.js';
export { type DifferenceEstimate, type PairedComparison, comparePaired, pairedTTest, welchTTest } from './paired-comparison.js';
export { holmAdjust } from './holm-adjustment.js';
export {
  type DesignPoint, type ExperimentDesign, type ParameterRange, type ParamValue, valueFromUnit,
} from './experiment-design.js';
export { type GridParameter, expandGrid } from './expand-grid.js';
export { latinHypercube, latinHypercubeUnit } from './latin-hypercube.js';
export { type MorrisDesign, type MorrisDesignOptions, type MorrisIndex, morrisAnalyze, morrisDesign } from './morris-method.js';
export { SOBOL_MAX_DIMENSIONS, SobolSequence } from './sobol-sequence.js';
export {
  type SaltelliDesign, type SaltelliDesignOptions, type SobolIndex, type SobolResult, saltelliDesign, sobolAnalyze,
} from './sobol-indices.js';
export {
  type MeanEstimate, type StoppingDecision, type StoppingReason, type StoppingRule, nextReplicationBatch,
  relativeHalfWidth,
} from './stopping-rule.js';
export { statsMessages } from './stats-messages.js';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from './nelder-mead.js';
export { weightedCorrelation, weightedMean, weightedQuantile, weightedVariance } from './weighted-sample.js';
export { abcSmc, type AbcGeneration, type AbcParticle, type AbcSmcOptions, type AbcSmcResult, type BatchDistance } from './abc-smc.js';
export {
  DEFAULT_IMPLAUSIBILITY_CUTOFF, historyMatching, type BatchImplausibility, type HistoryMatchingOptions, type HistoryMatchingPoint,
  type HistoryMatchingResult, type HistoryMatchingWave,
} from './history-matching.js';
export {
  equifinality, NOT_IDENTIFIED_WIDTH_RATIO, PINNED_WIDTH_RATIO, STRONG_CORRELATION, type CorrelatedPair, type Equifinality,
  type Identification, type ParameterIdentification,
} from './equifinality.js';
export { standardizedCoefficients } from './weighted-regression.js';
export { type PowerLawFit, type PowerLawOptions, fitDiscretePowerLaw, hurwitzZeta } from './power-law.js';
export { binomialUpperTail } from './binomial-test.js';
export {
  prim, PRIM_DEFAULTS, selectBox, tieAwareQuantile, type PrimBox, type PrimDimension, type PrimLimit, type PrimOptions, type PrimResult,
  type PrimSelection,
} from './prim.js';
export { crowdedOrder, crowdingDistances, dominates, nonDominatedRanks, pairedDominates } from './pareto-front.js';
export {
  type BatchEvaluator, type CandidateFate, type HalvingOptions, type HalvingResult, type RungReport, halvingBudget, objectiveMeans,
  successiveHalving,
} from './successive-halving.js';
export { clusterSetsByBest, LOW_QUANTILE, regretTable, type RegretTable, setsWithValues } from './minimax-regret.js';
