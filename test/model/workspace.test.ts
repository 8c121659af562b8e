// The world's workspace: one instance of each module's scratch per world, made on first use, so no
// two worlds (replications in one thread) share a buffer.
import { describe, expect, it } from 'vitest';
import { newWorld } from '../../src/engine/simulate.js';
import { step } from '../../src/engine/schedule.js';
import { scratchSlot, Workspace } from '../../src/model/workspace.js';
import { loadScenario } from '../../src/scenario/load-scenario.js';

describe('Workspace', () => {
  it('makes one instance per slot on first use and hands back the same one after', () => {
    let made = 0;
    const slot = scratchSlot('test', () => ({ id: ++made, buffer: new Int32Array(4) }));
    const a = new Workspace();
    const b = new Workspace();
    const first = a.of(slot);
    expect(a.of(slot)).toBe(first);
    expect(b.of(slot)).not.toBe(first);
    expect([first.id, b.of(slot).id, made]).toEqual([1, 2, 2]);
    expect(a.slotNames).toEqual(['test']);
  });

  it('holds the working buffers of the phases that keep any, separately for each world', () => {
    const { scenario } = loadScenario('scenarios/baseline.yaml');
    const worlds = [newWorld(scenario, '0000000000000001'), newWorld(scenario, '0000000000000002')];
    for (const world of worlds) {
      expect(world.workspace.slotNames).toEqual([]);
      step(world);
      expect(world.workspace.slotNames.sort()).toEqual(['indicators', 'instituteSupport', 'learning', 'projectFormation', 'startupFounding']);
    }
  });
});
