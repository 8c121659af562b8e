// The quarter's schedule: phases in MODEL.md §3 order, and the candidate lists refreshed after the
// phases flagged as changing them (declared on the phase, not recognised by identity in `step`).
import { describe, expect, it } from 'vitest';
import { SCHEDULE, step, type Phase } from '../../src/engine/schedule.js';
import { addCoordinator } from '../../src/model/agent-factory.js';
import { Payer } from '../../src/model/vocabulary.js';
import type { World } from '../../src/model/world.js';
import { tinyWorld } from '../helpers/tiny-world.js';

describe('SCHEDULE', () => {
  it('runs the ten phases in order, and only policy refreshes the candidate lists mid-quarter', () => {
    expect(SCHEDULE.map((phase) => phase.name)).toEqual([
      'policy', 'research', 'meeting', 'projectFormation', 'startupFounding', 'projectProgress', 'finance', 'market', 'learning', 'indicators',
    ]);
    expect(SCHEDULE.filter((phase) => phase.refreshesCandidates).map((phase) => phase.name)).toEqual(['policy']);
  });
});

describe('step', () => {
  /**
   * Two quarters of a schedule in which a phase hires a coordinator and the next counts the
   * coordinators the index lists: what that count saw each quarter, and the lists at the end.
   */
  function hireThenLook(refreshesCandidates: boolean): { seen: number[]; atEnd: number } {
    const seen: number[] = [];
    const hire = (world: World) => {
      addCoordinator(world, 0, world.streams.policy, Payer.Programme, 0.5, -1);
    };
    const look = (world: World) => {
      seen.push(world.index.coordinators[0].length);
    };
    const schedule: Phase[] = [{ name: 'hire', run: hire, refreshesCandidates }, { name: 'look', run: look }];
    const world = tinyWorld();
    world.index.rebuild(world.agents);
    step(world, schedule);
    step(world, schedule);
    expect(world.quarter).toBe(2);
    return { seen, atEnd: world.index.coordinators[0].length };
  }

  it('refreshes the candidate lists right after a flagged phase, so later phases find its births', () => {
    expect(hireThenLook(true)).toEqual({ seen: [1, 2], atEnd: 2 });
  });

  it('without the flag, births reach the lists only at the end of the quarter', () => {
    expect(hireThenLook(false)).toEqual({ seen: [0, 1], atEnd: 2 });
  });
});
