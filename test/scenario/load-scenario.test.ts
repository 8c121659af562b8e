// Scenario loading: YAML and JSON, `extends` chains, and the exact wording of every kind of input
// error (`<file>: <path>: expected ..., got ...`), which users read and tests pin.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/messages.js';
import { loadScenario, validateScenario } from '../../src/scenario/load-scenario.js';
import { scenarioFixture, shownPath } from '../helpers/fixtures.js';

/** The InputError lines thrown by loading `name`; fails the test if loading succeeds or throws anything else. */
function loadErrors(name: string): string[] {
  try {
    loadScenario(scenarioFixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message.split('\n');
  }
  throw new Error(`${name} loaded without error`);
}

/** Validation errors for an inline document, reported as if it came from `x.yaml`. */
function validationErrors(document: unknown): string[] {
  try {
    validateScenario(document, 'x.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message.split('\n');
  }
  throw new Error('the document validated');
}

const shown = (name: string) => shownPath(scenarioFixture(name));

/** A valid document to break one field at a time. */
function minimalDocument(): Record<string, any> {
  return { name: 'x', regions: [{ id: 'alpha', fields: { food: 1 }, agents: { smes: 10 } }] };
}

describe('loadScenario: formats', () => {
  it('loads YAML and fills every default', () => {
    const { scenario, files } = loadScenario(scenarioFixture('valid/minimal.yaml'));
    expect(files).toEqual([scenarioFixture('valid/minimal.yaml')]);
    expect(scenario.name).toBe('minimal');
    expect(scenario.horizonQuarters).toBe(4);
    expect(scenario.regions[0].agents).toEqual({
      universities: 2, publicInstitutes: 1, smes: 10, coreFirms: 2, banks: 3, programmeCoordinators: 3, localCoordinators: 1,
    });
    // No cluster type: a label-free region with the neutral 0.5 potentials.
    expect(scenario.regions[0].clusterType).toBeUndefined();
    expect(scenario.regions[0].marketAccess).toBe(0.5);
    expect(scenario.seed).toBe(1);
    expect(scenario.model.research.seedLifetimeQuarters).toBe(16);
    expect(scenario.policy.programme.lengthQuarters).toBe(20);
  });

  it('loads the same scenario from JSON', () => {
    const yaml = loadScenario(scenarioFixture('valid/minimal.yaml')).scenario;
    const json = loadScenario(scenarioFixture('valid/minimal.json')).scenario;
    expect(json).toEqual(yaml);
  });

  it('loads the shipped default scenario', () => {
    const { scenario } = loadScenario(scenarioFixture('../../../scenarios/baseline.yaml'));
    expect(scenario.name).toBe('baseline');
    expect(scenario.regions.map((r) => r.id)).toEqual(['tokachi', 'nagano', 'kitakyushu']);
  });
});

describe('loadScenario: extends', () => {
  it('deep-merges mappings, replaces lists, and resolves the path from the extending file', () => {
    // The child says `extends: ../parent.yaml`; from the working directory that path does not exist.
    const { scenario, files } = loadScenario(scenarioFixture('extends/variants/child.yaml'));
    expect(files).toEqual([scenarioFixture('extends/variants/child.yaml'), scenarioFixture('extends/parent.yaml')]);
    expect(scenario.name).toBe('child');
    // Inherited as they are.
    expect(scenario.description).toBe('the parent scenario');
    expect(scenario.horizonQuarters).toBe(12);
    expect(scenario.seed).toBe(5);
    // Lists replace: the parent's two regions are gone.
    expect(scenario.regions.map((r) => r.id)).toEqual(['gamma']);
    // Mappings merge key by key, at every depth.
    expect(scenario.policy.programme.lengthQuarters).toBe(16);
    expect(scenario.policy.programme.budgetPerRegionQuarterJpyM).toBe(50);
    expect(scenario.model.research.seedLifetimeQuarters).toBe(6);
    expect(scenario.model.research.papersPerResearcherQuarter).toBe(0.1);
    // Untouched by either file: the schema default.
    expect(scenario.model.research.seedsPerResearcherQuarter).toBe(0.025);
  });

  it('follows a chain of three files across formats (JSON extending YAML extending YAML)', () => {
    const { scenario, files } = loadScenario(scenarioFixture('extends/variants/grandchild.json'));
    expect(files.map((f) => shownPath(f, scenarioFixture('extends')))).toEqual([
      'variants/grandchild.json', 'variants/child.yaml', 'parent.yaml',
    ]);
    expect(scenario.name).toBe('grandchild');
    expect(scenario.horizonQuarters).toBe(20);
    expect(scenario.regions.map((r) => r.id)).toEqual(['gamma']);
    expect(scenario.policy.programme.budgetPerRegionQuarterJpyM).toBe(50);
  });

  it('names the whole chain of a cycle', () => {
    const a = shown('extends/cycle-a.yaml');
    const b = shown('extends/cycle-b.yaml');
    expect(loadErrors('extends/cycle-a.yaml')).toEqual([`${a}: extends: cycle: ${a} -> ${b} -> ${a}`]);
  });

  it('names the extending file when the target is missing', () => {
    expect(loadErrors('extends/missing-target.yaml')).toEqual([
      `${shown('extends/missing-target.yaml')}: extends: file not found: ${shown('extends/does-not-exist.yaml')}`,
    ]);
  });

  it('refuses an extends that is neither a path nor a list of paths', () => {
    expect(loadErrors('extends/not-a-path.yaml')).toEqual([
      `${shown('extends/not-a-path.yaml')}: extends: expected a path to another scenario file, got a mapping`,
    ]);
  });

  it('reports an inherited mistake in the file that wrote it', () => {
    const child = shown('extends/variants/bad-child.yaml');
    const parent = shown('extends/bad-parent.yaml');
    expect(loadErrors('extends/variants/bad-child.yaml').sort()).toEqual([
      `${child}: horizonQuarters: expected an integer from 1 to 2000, got 0`,
      `${parent}: model.research.bogus: unknown key (not in the scenario schema; see 'clustersim schema')`,
      `${parent}: regions[0].agents.smes: expected an integer from 0 to 10000000, got -5`,
    ].sort());
  });
});

describe('loadScenario: file problems', () => {
  it('names a missing file', () => {
    expect(loadErrors('valid/nothing-here.yaml')).toEqual([`${shown('valid/nothing-here.yaml')}: file not found`]);
  });

  it('reports a syntax error with its position and without a dangling colon', () => {
    const [line, ...rest] = loadErrors('invalid/syntax-error.json');
    expect(rest).toEqual([]);
    expect(line).toMatch(new RegExp(`^${escape(shown('invalid/syntax-error.json'))}: not valid YAML or JSON: .* at line \\d+, column \\d+$`));
  });

  it('refuses a document that is not a mapping', () => {
    expect(loadErrors('invalid/not-a-mapping.yaml')).toEqual([
      `${shown('invalid/not-a-mapping.yaml')}: expected a mapping (key: value) at the top level`,
    ]);
  });
});

describe('loadScenario: field errors name file, path, expectation and what was found', () => {
  it('wrong type', () => {
    expect(loadErrors('invalid/wrong-type.yaml')).toEqual([
      `${shown('invalid/wrong-type.yaml')}: horizonQuarters: expected an integer from 1 to 2000, got "ten years"`,
    ]);
  });

  it('negative count', () => {
    expect(loadErrors('invalid/negative-count.yaml')).toEqual([
      `${shown('invalid/negative-count.yaml')}: regions[0].agents.smes: expected an integer from 0 to 10000000, got -5`,
    ]);
  });

  it('unknown keys at the top level and nested, all reported at once', () => {
    const file = shown('invalid/unknown-key.yaml');
    expect(loadErrors('invalid/unknown-key.yaml').sort()).toEqual([
      `${file}: colour: unknown key (not in the scenario schema; see 'clustersim schema')`,
      `${file}: regions[0].agents.smez: unknown key (not in the scenario schema; see 'clustersim schema'); did you mean 'smes'?`,
    ]);
  });

  it('NaN and infinities, including an overflowing literal', () => {
    const file = shown('invalid/not-finite.yaml');
    expect(loadErrors('invalid/not-finite.yaml').sort()).toEqual([
      `${file}: horizonQuarters: expected an integer from 1 to 2000, got Infinity`,
      `${file}: model.finance.smeOperatingProfitJpyM: expected a finite number, got -Infinity`,
      `${file}: regions[0].academicPotential: expected a number from 0 to 1, got NaN`,
      `${file}: regions[0].marketAccess: expected a number from 0 to 1, got Infinity`,
    ]);
  });

  it('duplicate region ids', () => {
    expect(loadErrors('invalid/duplicate-region-ids.yaml')).toEqual([
      `${shown('invalid/duplicate-region-ids.yaml')}: regions[2].id: expected a unique region id, but regions[0] has it too, got "alpha"`,
    ]);
  });
});

describe('validateScenario: one broken field at a time', () => {
  const cases: Array<[string, (d: Record<string, any>) => void, string]> = [
    ['missing name', (d) => delete d.name, 'name: expected an identifier of lower-case letters, digits, "-" or "_", got nothing'],
    ['name with spaces', (d) => (d.name = 'My Run'), 'name: expected an identifier of lower-case letters, digits, "-" or "_", got "My Run"'],
    ['fractional count', (d) => (d.regions[0].agents.banks = 2.5), 'regions[0].agents.banks: expected an integer from 0 to 10000000, got 2.5'],
    ['count as text', (d) => (d.regions[0].agents.banks = '3'), 'regions[0].agents.banks: expected an integer from 0 to 10000000, got "3"'],
    ['null count', (d) => (d.regions[0].agents.banks = null), 'regions[0].agents.banks: expected an integer from 0 to 10000000, got null'],
    ['boolean share', (d) => (d.regions[0].marketAccess = true), 'regions[0].marketAccess: expected a number from 0 to 1, got true'],
    ['share above 1', (d) => (d.regions[0].talentSupply = 1.5), 'regions[0].talentSupply: expected a number from 0 to 1, got 1.5'],
    ['seed spelt Infinity', (d) => (d.seed = 'Infinity'), 'seed: expected an integer >= 0, got "Infinity"'],
    ['negative seed', (d) => (d.seed = -1), 'seed: expected an integer >= 0, got -1'],
    ['negative budget', (d) => (d.policy = { programme: { budgetPerRegionQuarterJpyM: -1 } }), 'policy.programme.budgetPerRegionQuarterJpyM: expected a number >= 0, got -1'],
    ['list for a mapping', (d) => (d.regions[0].agents = [1, 2]), 'regions[0].agents: expected a mapping (key: value), got a list'],
    ['number for a section', (d) => (d.policy = 5), 'policy: expected a mapping (key: value), got 5'],
    ['mapping for a list', (d) => (d.regions = { id: 'alpha' }), 'regions: expected a list of regions, got a mapping'],
    ['no regions', (d) => (d.regions = []), 'regions: expected at least one region, got a list'],
    ['unknown cluster type', (d) => (d.regions[0].clusterType = 'weird'), 'regions[0].clusterType: expected one of "untapped", "renewal", "fusion", "transplant", "frontier", got "weird"'],
    ['no field weight', (d) => (d.regions[0].fields = { food: 0 }), 'regions[0].fields: expected at least one field with a weight > 0, got a mapping'],
    ['long text is cut', (d) => (d.regions[0].id = 'X'.repeat(80)), `regions[0].id: expected an identifier of lower-case letters, digits, "-" or "_", got "${'X'.repeat(56)}...`],
  ];
  it.each(cases)('%s', (_label, breakIt, expected) => {
    const document = minimalDocument();
    breakIt(document);
    expect(validationErrors(document)).toEqual([`x.yaml: ${expected}`]);
  });

  it('accepts the unbroken document', () => {
    expect(validateScenario(minimalDocument(), 'x.yaml').name).toBe('x');
  });

  it('names an unknown technology field', () => {
    const document = minimalDocument();
    document.regions[0].fields = { food: 1, foodz: 1 };
    expect(validationErrors(document)).toContain(
      "x.yaml: regions[0].fields.foodz: unknown key (not in the scenario schema; see 'clustersim schema'); did you mean 'food'?",
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
