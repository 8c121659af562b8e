// The ordered schedule of one quarter (MODEL.md §3). Phases run in this order, each a plain
// function over the world; adding a process means adding one file and one entry here.
import type { World } from '../model/world.js';
import { financePhase } from '../processes/finance.js';
import { indicatorsPhase } from '../processes/indicators.js';
import { learningPhase } from '../processes/learning.js';
import { marketPhase } from '../processes/market.js';
import { meetingPhase } from '../processes/meeting.js';
import { policyPhase } from '../processes/policy.js';
import { projectFormationPhase } from '../processes/project-formation.js';
import { projectProgressPhase } from '../processes/project-progress.js';
import { researchPhase } from '../processes/research.js';
import { startupFoundingPhase } from '../processes/startup-founding.js';

export interface Phase {
  readonly name: string;
  readonly run: (world: World) => void;
  /**
   * The phase adds or retires agents that later phases of the same quarter must find: the region
   * index's candidate lists are refreshed right after it (they are refreshed at the end of every
   * quarter anyway).
   */
  readonly refreshesCandidates?: boolean;
}

export const SCHEDULE: readonly Phase[] = [
  // 1. policy: funds available this quarter, programme coordinators, entrepreneurs
  //    (it hires programme coordinators, whom the meeting phase looks up by region)
  { name: 'policy', run: policyPhase, refreshesCandidates: true },
  // 2. research: papers, seeds, patents; seeds age
  { name: 'research', run: researchPhase },
  // 3. meeting and linking: triadic closure, coordinator introductions, spontaneous meetings
  { name: 'meeting', run: meetingPhase },
  // 4. project formation: link + seed + willing firm + budget
  { name: 'projectFormation', run: projectFormationPhase },
  // 4b. start-ups: entrepreneurs found new SMEs on the best seeds worth it (the new SMEs join the
  //     region's candidate lists at the end of the quarter, as a start-up on a prototype does)
  { name: 'startupFounding', run: startupFoundingPhase },
  // 5. project progress: funding, stalls, stage hazards, patents, commercialisation, start-ups
  { name: 'projectProgress', run: projectProgressPhase },
  // 6. finance: repayments, operating profit, appraisal and loans, insolvency
  { name: 'finance', run: financePhase },
  // 7. market: product revenue by reach, ageing
  { name: 'market', run: marketPhase },
  // 8. learning and turnover: absorptive capacity, link decay and reinforcement, rotation
  { name: 'learning', run: learningPhase },
  // 9. indicators: stocks of the quarter
  { name: 'indicators', run: indicatorsPhase },
];

/** Advances the world by one quarter (through `schedule`: tests may pass their own phases). */
export function step(world: World, schedule: readonly Phase[] = SCHEDULE): void {
  world.quarterIndicators.fill(0);
  for (const phase of schedule) {
    phase.run(world);
    if (phase.refreshesCandidates) world.index.refresh(world.agents);
  }
  world.quarter++;
  world.index.refresh(world.agents);
}
