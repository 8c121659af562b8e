// Scenario paths: parse, read, set on a deep copy, and name the path when a segment does not exist.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { getPath, parsePath, setPath } from '../../src/scenario/scenario-path.js';

const scenario = {
  model: { meeting: { linkThreshold: 0.3, rate: 2 } },
  regions: [{ name: 'a', agents: { smes: 100 } }, { name: 'b', agents: { smes: 250 } }],
};

describe('scenario paths', () => {
  it('parses dotted names and list indices', () => {
    expect(parsePath('regions[1].agents.smes')).toEqual(['regions', 1, 'agents', 'smes']);
    expect(parsePath('a.b_c.d-e')).toEqual(['a', 'b_c', 'd-e']);
    expect(parsePath('grid[0][2]')).toEqual(['grid', 0, 2]);
    for (const bad of ['', 'a.', '.a', 'a[x]', 'a[1', '1a', 'a b']) expect(() => parsePath(bad)).toThrow(/invalid parameter path/);
  });

  it('sets a value on a deep copy, leaving the original untouched', () => {
    const a = setPath(scenario, 'model.meeting.linkThreshold', 0.5);
    const b = setPath(scenario, 'regions[1].agents.smes', 400);
    expect(a.model.meeting.linkThreshold).toBe(0.5);
    expect(b.regions[1].agents.smes).toBe(400);
    expect(b.regions[0]).not.toBe(scenario.regions[0]);
    expect(scenario.model.meeting.linkThreshold).toBe(0.3);
    expect(scenario.regions[1].agents.smes).toBe(250);
    expect(getPath(b, 'regions[1].agents.smes')).toBe(400);
  });

  it('throws an InputError naming the path and the fields that exist', () => {
    expect(() => setPath(scenario, 'model.meeting.linkTreshold', 1)).toThrow(
      "unknown parameter 'model.meeting.linkTreshold': model.meeting has no field 'linkTreshold' (fields there: linkThreshold, rate)",
    );
    expect(() => setPath(scenario, 'modle.x', 1)).toThrow(/the scenario has no field 'modle'/);
    expect(() => setPath(scenario, 'regions[2].agents.smes', 1)).toThrow("unknown parameter 'regions[2].agents.smes': regions has 2 entries, so [2] does not exist");
    expect(() => setPath(scenario, 'model.meeting.rate.x', 1)).toThrow(/model.meeting.rate is the number 2, not an object/);
    expect(() => setPath(scenario, 'model[0]', 1)).toThrow(/model is an object, not a list/);
    expect(() => setPath(scenario, 'model.meeting.linkTreshold', 1)).toThrow(InputError);
  });
});
