// Public face of the randomness layer.
export { RandomStream } from './random-stream.js';
export { replicationSeed, streamSeed, hashString } from './seed-derivation.js';
