// Working state that summaries used one at a time may share (a run's statistics keep hundreds):
// the sketches' merge arrays and the t quantiles already computed. Passed in by its owner, never
// kept at module level (DESIGN.md convention 11).
import { SketchScratch } from './quantile-sketch.js';
import { TQuantileMemo } from './sample-summary.js';

export class SummaryWorkspace {
  readonly sketch = new SketchScratch();
  readonly tQuantiles = new TQuantileMemo();
}
