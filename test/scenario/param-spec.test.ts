// The --param parser: value lists, ranges, and errors that quote the spec.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { gridFromSpecs, parseParamSpec, parseParamSpecs, rangesFromSpecs } from '../../src/scenario/param-spec.js';

describe('parseParamSpec', () => {
  it('parses value lists and ranges', () => {
    expect(parseParamSpec('model.meeting.linkThreshold=0.1,0.2,0.3')).toEqual({ kind: 'values', path: 'model.meeting.linkThreshold', values: [0.1, 0.2, 0.3] });
    expect(parseParamSpec('regions[1].agents.smes=100:400')).toEqual({ kind: 'range', path: 'regions[1].agents.smes', lo: 100, hi: 400 });
    expect(parseParamSpec('a.b=-1e-3:2.5')).toEqual({ kind: 'range', path: 'a.b', lo: -0.001, hi: 2.5 });
    expect(parseParamSpec('policy.mode=grant, loan,true')).toEqual({ kind: 'values', path: 'policy.mode', values: ['grant', 'loan', true] });
    expect(parseParamSpec('a=5')).toEqual({ kind: 'values', path: 'a', values: [5] });
  });

  it('gives clear errors quoting the spec', () => {
    const cases: [string, RegExp][] = [
      ['linkThreshold', /invalid --param 'linkThreshold': expected <path>=<v1>,<v2>/],
      ['=1,2', /expected <path>=/],
      ['a.b=', /expected <path>=/],
      ['a..b=1', /invalid parameter path 'a..b'/],
      ['a=1,,2', /empty value/],
      ['a=1,2,1.0', /value 1.0 is listed twice/],
      ['a=1:x', /range bound 'x' is not a number/],
      ['a=3:1', /needs lo < hi, got 3:1/],
      ['a=1:2:3', /expected <path>=/],
    ];
    for (const [spec, message] of cases) {
      expect(() => parseParamSpec(spec)).toThrow(message);
      expect(() => parseParamSpec(spec)).toThrow(InputError);
    }
    expect(() => parseParamSpecs(['a=1', 'a=2'])).toThrow(/--param a is given more than once/);
  });

  it('sorts specs into what each design needs', () => {
    const specs = parseParamSpecs(['a=1,2', 'b=0:1']);
    expect(() => rangesFromSpecs(specs, 'morris')).toThrow(/--param a: morris needs a range/);
    expect(() => gridFromSpecs(specs)).toThrow(/--param b: a grid sweep needs a list of values/);
    expect(rangesFromSpecs([specs[1]], 'sobol')).toEqual([{ path: 'b', lo: 0, hi: 1 }]);
  });
});
