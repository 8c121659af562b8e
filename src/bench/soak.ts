// `npm run soak`: a long run (100,000 replications of a small scenario by default) through the
// library with 2 workers into a temporary folder, sampling resident memory every second, to show
// that memory stays flat however many replications a run has. Not part of CI.
//   node dist/src/bench/soak.js [--replications N] [--workers W] [--scenario file] [--keep]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenarios } from '../montecarlo/run-experiment.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { PACKAGE_ROOT } from '../version.js';

const MB = 1024 * 1024;
/** Progress fractions at which resident memory is reported. */
const MILESTONES = [0.1, 0.5, 1];
/**
 * Flat: over the second half of the run resident memory grows by less than this many MB, or 10%.
 * The first thousands of replications are warm-up (JIT, each worker's heap finding its size:
 * about 10,000 replications of small.yaml), so a short soak's first half grows and says little.
 */
const FLAT_GROWTH_MB = 32;

interface SoakOptions {
  replications: number;
  workers: number;
  scenario: string;
  keep: boolean;
}

function parseOptions(argv: readonly string[]): SoakOptions {
  const options: SoakOptions = {
    replications: 100_000,
    workers: 2,
    scenario: join(PACKAGE_ROOT, 'test', 'fixtures', 'montecarlo', 'small.yaml'),
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    const count = () => {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${argv[i]}: expected an integer >= 1, got ${value}`);
      i++;
      return n;
    };
    if (argv[i] === '--replications' || argv[i] === '-r') options.replications = count();
    else if (argv[i] === '--workers' || argv[i] === '-w') options.workers = count();
    else if (argv[i] === '--scenario' && value !== undefined) (options.scenario = value), i++;
    else if (argv[i] === '--keep') options.keep = true;
    else throw new Error(`unknown option ${argv[i]} (options: --replications N, --workers W, --scenario file, --keep)`);
  }
  return options;
}

interface Sample {
  seconds: number;
  done: number;
  rssMb: number;
  heapMb: number;
}

/** Least-squares slope of resident memory against replications done, in MB per 10,000 replications. */
function slopePer10k(samples: readonly Sample[]): number {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const mx = samples.reduce((s, x) => s + x.done, 0) / n;
  const my = samples.reduce((s, x) => s + x.rssMb, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const x of samples) {
    sxy += (x.done - mx) * (x.rssMb - my);
    sxx += (x.done - mx) ** 2;
  }
  return sxx === 0 ? 0 : (sxy / sxx) * 10_000;
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv);
  const loaded = loadScenario(options.scenario);
  const out = mkdtempSync(join(tmpdir(), 'clustersim-soak-'));
  const samples: Sample[] = [];
  const atMilestone = new Map<number, Sample>();
  let done = 0;
  const started = performance.now();
  const sample = (): Sample => {
    const memory = process.memoryUsage();
    const s = { seconds: (performance.now() - started) / 1000, done, rssMb: memory.rss / MB, heapMb: memory.heapUsed / MB };
    samples.push(s);
    return s;
  };
  console.log(`soak: ${options.replications.toLocaleString('en')} replications of ${loaded.scenario.name} with ${options.workers} workers -> ${out}`);
  const timer = setInterval(() => {
    const s = sample();
    if (Math.round(s.seconds) % 30 === 0) {
      console.log(`  ${s.seconds.toFixed(0)} s: ${done.toLocaleString('en')} done, RSS ${s.rssMb.toFixed(0)} MB`);
    }
  }, 1000);
  try {
    await runScenarios([loaded], {
      replications: options.replications,
      workers: options.workers,
      outRoot: out,
      onProgress: (completed, total) => {
        done = completed;
        for (const milestone of MILESTONES) {
          if (!atMilestone.has(milestone) && completed >= milestone * total) atMilestone.set(milestone, sample());
        }
      },
    });
  } finally {
    clearInterval(timer);
    if (!options.keep) rmSync(out, { recursive: true, force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  const maxRss = Math.max(...samples.map((s) => s.rssMb));
  // After the last replication the run derives its statistics from the row files (finish).
  const lastRow = atMilestone.get(1)?.seconds ?? Infinity;
  const maxRunning = Math.max(...samples.filter((s) => s.seconds <= lastRow).map((s) => s.rssMb));
  const maxFinishing = Math.max(0, ...samples.filter((s) => s.seconds > lastRow).map((s) => s.rssMb));
  const at = (m: number) => atMilestone.get(m)?.rssMb ?? NaN;
  const growth = at(1) - at(0.1);
  const secondHalf = at(1) - at(0.5);
  const flat = secondHalf < Math.max(FLAT_GROWTH_MB, 0.1 * at(0.5));
  const signed = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(1)} MB`;
  const afterWarmUp = samples.filter((s) => s.done >= 0.1 * options.replications);
  console.log('');
  console.log(`replications      ${options.replications.toLocaleString('en')} in ${seconds.toFixed(0)} s (${(options.replications / seconds).toFixed(0)}/s)`);
  console.log(`samples           ${samples.length} (every second)`);
  console.log(`max RSS           ${maxRss.toFixed(0)} MB (${maxRunning.toFixed(0)} MB while replications ran, ${maxFinishing.toFixed(0)} MB while statistics were derived)`);
  for (const m of MILESTONES) console.log(`RSS at ${String(m * 100).padStart(3)}%       ${at(m).toFixed(0)} MB`);
  console.log(`growth            10%->100% ${signed(growth)}, 50%->100% ${signed(secondHalf)}; trend after 10%: ${slopePer10k(afterWarmUp).toFixed(2)} MB per 10,000 replications`);
  console.log(`flat              ${flat ? 'yes' : 'NO'} (second-half growth under ${FLAT_GROWTH_MB} MB or 10% of the RSS at 50%)`);
  return flat ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`soak: ${error.message}`);
    process.exitCode = 2;
  },
);
