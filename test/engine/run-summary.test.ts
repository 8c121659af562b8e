import { describe, expect, it } from 'vitest';
import { SUMMARY_COLUMNS, summarizeReplication } from '../../src/engine/run-summary.js';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

/** A one-region scenario whose programme pays from `startQuarter` for `lengthQuarters`. */
function policy(startQuarter: number, lengthQuarters: number) {
  return scenarioSchema.parse({
    name: 't',
    regions: [{ id: 'r', fields: { food: 1 } }],
    policy: { programme: { startQuarter, lengthQuarters, budgetPerRegionQuarterJpyM: 10 } },
  });
}

/** Totals rows for `quarters` quarters where `fill(q)` gives the values to set. */
function totals(quarters: number, fill: (q: number) => Partial<Record<keyof typeof I, number>>): Float64Array {
  const out = new Float64Array(quarters * INDICATOR_COUNT);
  for (let q = 0; q < quarters; q++) {
    for (const [name, value] of Object.entries(fill(q))) out[q * INDICATOR_COUNT + I[name as keyof typeof I]] = value!;
  }
  return out;
}

const column = (name: string) => SUMMARY_COLUMNS.indexOf(name);

describe('summarizeReplication', () => {
  it('sums flows, keeps the last value of stocks, and computes leverage and revenue per public yen', () => {
    const s = summarizeReplication(
      totals(4, (q) => ({ patentsDomestic: q, activeProjects: 10 - q, publicSpendJpyM: 10, privateSpendJpyM: 5, revenueJpyM: 2 })),
      4,
      policy(0, 4),
    );
    expect(s[I.patentsDomestic]).toBe(0 + 1 + 2 + 3);
    expect(s[I.activeProjects]).toBe(7);
    expect(s[column('leverage')]).toBeCloseTo(0.5);
    expect(s[column('revenuePerPublicJpy')]).toBeCloseTo(0.2);
    // Funding runs to the end of the horizon: sustainability has no meaning.
    expect(s[column('sustainability')]).toBeNaN();
    expect(s[column('commercializationSustainability')]).toBeNaN();
  });

  it('measures sustainability as activity after the last funded quarter relative to the mature funded period', () => {
    // Build-up in funded quarters 0-1 is ignored: the later half (2-3) at 20 and 100 is the reference.
    const s = summarizeReplication(
      totals(8, (q) => (q < 2 ? { activeProjects: 2, linksAcademiaIndustry: 10 } : q < 4 ? { activeProjects: 20, linksAcademiaIndustry: 100 } : { activeProjects: 10, linksAcademiaIndustry: 25 })),
      8,
      policy(0, 4),
    );
    expect(s[column('sustainability')]).toBeCloseTo(0.375);
  });

  it('averages the two activity indicators\' after/during ratios', () => {
    // Funded quarters 0-3: 20 projects, 100 links; after: 10 projects, 25 links -> (0.5 + 0.25) / 2.
    const s = summarizeReplication(
      totals(8, (q) => (q < 4 ? { activeProjects: 20, linksAcademiaIndustry: 100 } : { activeProjects: 10, linksAcademiaIndustry: 25 })),
      8,
      policy(0, 4),
    );
    expect(s[column('sustainability')]).toBeCloseTo(0.375);
  });

  it('a region funded by its own periods counts as funded: the last period ends the funded quarters', () => {
    const plan = scenarioSchema.parse({
      name: 't',
      regions: [{ id: 'r', fields: { food: 1 }, fundingPeriods: [{ startQuarter: 0, lengthQuarters: 4, budgetPerQuarterJpyM: 10 }] }],
      policy: { programme: { lengthQuarters: 0 } },
    });
    const s = summarizeReplication(
      totals(8, (q) => (q < 4 ? { activeProjects: 20, linksAcademiaIndustry: 100 } : { activeProjects: 10, linksAcademiaIndustry: 25 })),
      8,
      plan,
    );
    expect(s[column('sustainability')]).toBeCloseTo(0.375);
  });

  it('measures commercialisation sustainability per quarter after the last funded quarter against every funded quarter', () => {
    // Funded quarters 0-3 commercialise 2, 2, 6, 6 (16 in 4: 4 a quarter); after, 1 a quarter -> 0.25.
    const s = summarizeReplication(
      totals(8, (q) => ({ commercializations: q < 2 ? 2 : q < 4 ? 6 : 1 })),
      8,
      policy(0, 4),
    );
    expect(s[column('commercializationSustainability')]).toBeCloseTo(0.25);
    // Nothing commercialised while funded: no reference, no ratio.
    const none = summarizeReplication(totals(8, (q) => ({ commercializations: q < 4 ? 0 : 1 })), 8, policy(0, 4));
    expect(none[column('commercializationSustainability')]).toBeNaN();
  });

  it('leaves ratios empty without public money', () => {
    const s = summarizeReplication(totals(4, () => ({ revenueJpyM: 3 })), 4, policy(0, 0));
    expect(s[column('leverage')]).toBeNaN();
    expect(s[column('revenuePerPublicJpy')]).toBeNaN();
    expect(s[column('sustainability')]).toBeNaN();
    expect(s[column('commercializationSustainability')]).toBeNaN();
  });
});
