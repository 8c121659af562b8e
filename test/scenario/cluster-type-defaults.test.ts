// The cluster type means something: it sets the defaults of a region's potentials, market access and
// talent supply where the scenario does not give them; given values win.
import { describe, expect, it } from 'vitest';
import { CLUSTER_TYPE_DEFAULTS } from '../../src/scenario/cluster-type-defaults.js';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { CLUSTER_TYPES } from '../../src/model/vocabulary.js';

const region = (extra: Record<string, unknown>) => ({ id: 'r', fields: { food: 1 }, ...extra });
const parse = (extra: Record<string, unknown>) => scenarioSchema.parse({ name: 's', regions: [region(extra)] }).regions[0];

describe('cluster type defaults', () => {
  it.each(CLUSTER_TYPES)('a %s region without values takes its type\'s', (type) => {
    const r = parse({ clusterType: type });
    const d = CLUSTER_TYPE_DEFAULTS[type];
    expect([r.academicPotential, r.industrialPotential, r.marketAccess, r.talentSupply]).toEqual([d.academicPotential, d.industrialPotential, d.marketAccess, d.talentSupply]);
  });

  it('types differ where the review says what each is short of', () => {
    expect(parse({ clusterType: 'untapped' }).talentSupply).toBeLessThan(parse({ clusterType: 'renewal' }).talentSupply);
    expect(parse({ clusterType: 'untapped' }).marketAccess).toBeLessThan(parse({ clusterType: 'fusion' }).marketAccess);
    expect(parse({ clusterType: 'frontier' }).academicPotential).toBeGreaterThan(parse({ clusterType: 'frontier' }).industrialPotential);
    expect(parse({ clusterType: 'renewal' }).industrialPotential).toBeGreaterThan(parse({ clusterType: 'transplant' }).industrialPotential);
  });

  it('values given win over the type, and no type means 0.5', () => {
    expect(parse({ clusterType: 'untapped', marketAccess: 0.9 }).marketAccess).toBe(0.9);
    expect(parse({ clusterType: 'untapped', marketAccess: 0.9 }).talentSupply).toBe(CLUSTER_TYPE_DEFAULTS.untapped.talentSupply);
    const plain = parse({});
    expect(plain.clusterType).toBeUndefined();
    expect([plain.academicPotential, plain.industrialPotential, plain.marketAccess, plain.talentSupply]).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('the printed JSON Schema documents the rule', () => {
    const text = JSON.stringify(scenarioJsonSchema());
    expect(text).toContain('untapped: academic 0.4, industrial 0.3, market access 0.3, talent 0.2');
    expect(text).toContain('Default: from the cluster type');
  });
});
