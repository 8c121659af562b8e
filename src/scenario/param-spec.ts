// Parser for the CLI's --param specs: 'path=v1,v2,v3' (values, for grids) and 'path=lo:hi' (a range,
// for Latin hypercube, Morris and Sobol), with errors that quote the spec and show the expected form.
import { InputError } from '../messages.js';
import type { ParameterRange, ParamValue } from '../stats/experiment-design.js';
import { statsMessages } from '../stats/stats-messages.js';
import { parsePath } from './scenario-path.js';

export type ParamSpec =
  | { kind: 'values'; path: string; values: ParamValue[] }
  | { kind: 'range'; path: string; lo: number; hi: number };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A list entry: a number when it reads as one, true/false as booleans, anything else as text. */
function parseValue(text: string): ParamValue {
  if (NUMBER.test(text)) return Number(text);
  if (text === 'true') return true;
  if (text === 'false') return false;
  return text;
}

/**
 * Parses one --param spec. 'a.b=1,2,3' → values [1, 2, 3]; 'a.b=0.1:0.6' → range lo 0.1, hi 0.6;
 * 'a.b=5' → values [5]. The path is checked for syntax only (setPath checks it against the scenario).
 * Throws an InputError quoting the spec on a malformed spec, empty or repeated values, or lo ≥ hi.
 */
export function parseParamSpec(spec: string): ParamSpec {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new InputError(statsMessages.badParamSpec(spec));
  const path = spec.slice(0, eq).trim();
  const rhs = spec.slice(eq + 1).trim();
  if (rhs === '') throw new InputError(statsMessages.badParamSpec(spec));
  parsePath(path);
  if (rhs.includes(':') && !rhs.includes(',')) {
    const bounds = rhs.split(':').map((b) => b.trim());
    if (bounds.length !== 2) throw new InputError(statsMessages.badParamSpec(spec));
    for (const b of bounds) if (!NUMBER.test(b)) throw new InputError(statsMessages.badRangeBound(spec, b));
    const [lo, hi] = bounds.map(Number);
    if (!(lo < hi)) throw new InputError(statsMessages.emptyRange(spec, lo, hi));
    return { kind: 'range', path, lo, hi };
  }
  const texts = rhs.split(',').map((t) => t.trim());
  const values: ParamValue[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    if (text === '') throw new InputError(statsMessages.emptyParamValue(spec));
    const value = parseValue(text);
    const key = `${typeof value}:${String(value)}`; // 1 and 1.0 are the same value; "1" text would not be
    if (seen.has(key)) throw new InputError(statsMessages.duplicateParamValue(spec, text));
    seen.add(key);
    values.push(value);
  }
  return { kind: 'values', path, values };
}

/** Parses several specs, refusing a path given twice. */
export function parseParamSpecs(specs: readonly string[]): ParamSpec[] {
  const parsed = specs.map(parseParamSpec);
  const seen = new Set<string>();
  for (const p of parsed) {
    if (seen.has(p.path)) throw new InputError(statsMessages.duplicateParam(p.path));
    seen.add(p.path);
  }
  return parsed;
}

/** The ranges of parsed specs, for LHS / Morris / Sobol; an InputError names any spec that is a value list. */
export function rangesFromSpecs(specs: readonly ParamSpec[], method: string): ParameterRange[] {
  return specs.map((s) => {
    if (s.kind !== 'range') throw new InputError(statsMessages.rangeNeeded(s.path, method));
    return { path: s.path, lo: s.lo, hi: s.hi };
  });
}

/** The value lists of parsed specs, for a grid; an InputError names any spec that is a range. */
export function gridFromSpecs(specs: readonly ParamSpec[]): { path: string; values: ParamValue[] }[] {
  return specs.map((s) => {
    if (s.kind !== 'values') throw new InputError(statsMessages.valuesNeeded(s.path));
    return { path: s.path, values: s.values };
  });
}
