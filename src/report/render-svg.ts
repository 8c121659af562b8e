// Vega-Lite spec → SVG text in Node, with no canvas: compile to Vega, run a headless View and
// serialise. Text is laid out with Noto Sans JP's real widths (vega-text-metrics.ts).
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { installVegaTextMetrics } from './vega-text-metrics.js';

/** Collects Vega-Lite and Vega warnings instead of printing them from inside a library. */
class CollectingLogger {
  readonly warnings: string[] = [];
  private current = vega.Warn;
  level(): number;
  level(level: number): this;
  level(level?: number): number | this {
    if (level === undefined) return this.current;
    this.current = level;
    return this;
  }
  error(...args: readonly unknown[]): this {
    throw new Error(args.map(String).join(' '));
  }
  warn(...args: readonly unknown[]): this {
    this.warnings.push(args.map(String).join(' '));
    return this;
  }
  info(): this {
    return this;
  }
  debug(): this {
    return this;
  }
}

export interface SvgRendering {
  svg: string;
  /** What Vega-Lite and Vega warned about while compiling and rendering (empty for a clean chart). */
  warnings: string[];
}

export async function renderSvg(spec: TopLevelSpec): Promise<SvgRendering> {
  installVegaTextMetrics();
  const logger = new CollectingLogger();
  const compiled = compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger });
  try {
    // Clip-path and gradient ids count up per process; restarting them keeps each SVG
    // byte-identical whichever charts were rendered before it.
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    return { svg, warnings: logger.warnings };
  } finally {
    view.finalize();
  }
}
