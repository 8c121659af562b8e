// The condition language of discover: precedence, undefined values, and errors that name the problem.
import { describe, expect, it } from 'vitest';
import { parseCondition } from '../../src/experiments/condition-expression.js';
import { InputError } from '../../src/messages.js';

const COLUMNS = ['commercializations', 'revenueJpyM', 'sustainability', 'policy.programme.lengthQuarters', 'regions[0].agents.smes'];

function holds(text: string, row: Record<string, number>): number {
  return parseCondition(text, COLUMNS).evaluate((column) => row[column]);
}

function refusal(text: string, others: string[] = []): string {
  try {
    parseCondition(text, COLUMNS, others);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`'${text}' was accepted`);
}

describe('parseCondition', () => {
  const row = { commercializations: 4, revenueJpyM: 100, sustainability: 0.4, 'policy.programme.lengthQuarters': 12, 'regions[0].agents.smes': 300 };

  it('multiplies before adding and compares after both', () => {
    expect(holds('commercializations + 2 * 3 == 10', row)).toBe(1);
    expect(holds('(commercializations + 2) * 3 == 18', row)).toBe(1);
    expect(holds('revenueJpyM / commercializations - 5 > 19.9', row)).toBe(1);
    expect(holds('-commercializations < -3', row)).toBe(1);
    expect(holds('revenueJpyM ÷ 4 × 2 == 50 and 7 − 2 == 5', row)).toBe(1);
  });

  it('binds not tighter than and, and and tighter than or', () => {
    // or(a, and(b, c)): true through a alone.
    expect(holds('sustainability < 0.5 or commercializations > 10 and revenueJpyM > 1000', row)).toBe(1);
    // and(or(a, b), c): false through c.
    expect(holds('(sustainability < 0.5 or commercializations > 10) and revenueJpyM > 1000', row)).toBe(0);
    expect(holds('not sustainability < 0.5 and commercializations > 1', row)).toBe(0);
    expect(holds('not (sustainability < 0.5 and commercializations > 10)', row)).toBe(1);
    expect(holds('!(sustainability >= 0.5) && commercializations != 3 || commercializations == 1', row)).toBe(1);
  });

  it('reads scenario paths, percentages and exponents', () => {
    expect(holds('policy.programme.lengthQuarters >= 12 and regions[0].agents.smes = 3e2', row)).toBe(1);
    expect(holds('sustainability < 50%', row)).toBe(1);
    expect(parseCondition('sustainability < 0.5 and revenueJpyM > 0', COLUMNS).columns).toEqual(['sustainability', 'revenueJpyM']);
  });

  it('is undefined (NaN) where a value it needs is empty, unless the other side of and/or decides', () => {
    const empty = { ...row, sustainability: NaN };
    expect(holds('sustainability < 0.5', empty)).toBeNaN();
    expect(holds('sustainability < 0.5 and commercializations > 10', empty)).toBe(0);
    expect(holds('sustainability < 0.5 or commercializations > 1', empty)).toBe(1);
    expect(holds('revenueJpyM / (commercializations - 4) > 1', row)).toBeNaN();
  });

  it('names the nearest column for a misspelt one, and refuses categorical columns', () => {
    expect(refusal('comercializations < 5')).toMatch(/unknown column 'comercializations'; did you mean 'commercializations'/);
    expect(refusal('policy.wideArea.enabled > 0', ['policy.wideArea.enabled'])).toMatch(/holds categories/);
  });

  it('refuses malformed conditions with the position of the problem', () => {
    expect(refusal('sustainability <')).toMatch(/ends too early/);
    expect(refusal('(sustainability < 0.5')).toMatch(/expected '\)'/);
    expect(refusal('sustainability < 0.5 < 1')).toMatch(/do not chain/);
    expect(refusal('sustainability $ 2')).toMatch(/unexpected character '\$' at character 16/);
    expect(refusal('sustainability + 1')).toMatch(/is a number, not a condition/);
    expect(refusal('sustainability and 1 < 2')).toMatch(/and needs comparisons/);
    expect(refusal('(1 < 2) + 1 > 0')).toMatch(/\+ needs numbers/);
    expect(refusal('   ')).toMatch(/empty/);
    expect(refusal('sustainability < 0.5 commercializations')).toMatch(/unexpected 'commercializations'/);
  });
});
