// Named random streams of one replication, one per process, so a change in one process's draws
// never shifts another's (DESIGN.md, determinism).
import { RandomStream } from '../rng/index.js';

export const STREAM_NAMES = [
  'init', 'policy', 'research', 'meeting', 'formation', 'progress', 'finance', 'market', 'learning', 'indicators',
  // Levers draw from their own streams, so switching one on leaves the model's draws where they were.
  'talent', 'wideArea', 'bankHub',
  // Start-ups have their own: founding and venture appraisal draw without shifting the model's other streams.
  'venture',
  // The actors' own mechanisms: institutes' support, core firms' needs.
  'institutes', 'needs',
] as const;
export type StreamName = (typeof STREAM_NAMES)[number];
export type Streams = Record<StreamName, RandomStream>;

export function createStreams(replicationSeedHex: string): Streams {
  const streams = {} as Streams;
  for (const name of STREAM_NAMES) streams[name] = RandomStream.derive(replicationSeedHex, name);
  return streams;
}
