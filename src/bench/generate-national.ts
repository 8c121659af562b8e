// Writes scenarios/bench/national-*.yaml from src/bench/national-scenarios.ts:
//   npm run build && node dist/src/bench/generate-national.js
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../version.js';
import { NATIONAL_SIZES, nationalScenarioYaml } from './national-scenarios.js';

const dir = join(PACKAGE_ROOT, 'scenarios', 'bench');
mkdirSync(dir, { recursive: true });
for (const size of NATIONAL_SIZES) {
  const file = join(dir, `${size.name}.yaml`);
  writeFileSync(file, nationalScenarioYaml(size.name, size.agents, size.quarters));
  console.log(`wrote ${file}`);
}
