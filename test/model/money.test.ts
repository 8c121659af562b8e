// The money primitive: one transfer moves the balances, books the ledger by payer kind and account,
// and books this quarter's indicators (public spend by instrument, budget spent) together.
import { describe, expect, it } from 'vitest';
import { Account, budgetOf, cashOf, fundOf, HolderKind, localGovernmentOf, OUTSIDE } from '../../src/model/accounts.js';
import { I, INDICATOR_COUNT } from '../../src/model/indicators.js';
import { canPay, openBudget, transfer } from '../../src/model/money.js';
import { place, ready, tinyWorld } from '../helpers/tiny-world.js';

describe('money: transfer', () => {
  it('books cash, ledger and indicator together', () => {
    const world = tinyWorld({}, { regions: 2 });
    const firm = place.sme(world, { region: 1, cashJpyM: 0 });
    ready(world);
    openBudget(world, 1, 50);
    transfer(world, budgetOf(1), cashOf(firm), 7, Account.SeedMoney);
    const row = (r: number) => world.quarterIndicators.subarray(r * INDICATOR_COUNT, (r + 1) * INDICATOR_COUNT);
    expect(world.regions.budgetJpyM[1]).toBe(43);
    expect(world.agents.cashJpyM[firm]).toBe(7);
    expect(world.ledger.paid(HolderKind.Budget, Account.SeedMoney)).toBe(7);
    expect(world.ledger.received(HolderKind.Cash, Account.SeedMoney)).toBe(7);
    expect(world.ledger.seedGrantsJpyM).toBe(7);
    for (const r of [1, 2]) {
      expect(row(r)[I.publicSpendJpyM]).toBe(7);
      expect(row(r)[I.publicSpendProjectsJpyM]).toBe(7);
      expect(row(r)[I.budgetSpentJpyM]).toBe(7);
      expect(row(r)[I.budgetAvailableJpyM]).toBe(50);
    }
    expect(row(0)[I.publicSpendJpyM]).toBe(0);
  });

  it('a fund\'s payment is public spend but not budget spent; pooling and local government are not public spend', () => {
    const world = ready(tinyWorld());
    openBudget(world, 0, 10);
    transfer(world, budgetOf(0), fundOf(0), 4, Account.Pool);
    transfer(world, fundOf(0), OUTSIDE, 3, Account.Coordinators);
    transfer(world, localGovernmentOf(0), OUTSIDE, 2, Account.LocalCoordinators);
    const total = world.quarterIndicators.subarray(INDICATOR_COUNT);
    expect([world.regions.budgetJpyM[0], world.regions.fundJpyM[0], world.regions.fundSpentJpyM[0]]).toEqual([6, 1, 3]);
    expect(total[I.publicSpendJpyM]).toBe(3);
    expect(total[I.publicSpendCoordinatorsJpyM]).toBe(3);
    expect(total[I.budgetSpentJpyM]).toBe(0);
    expect(total[I.localGovernmentSpendJpyM]).toBe(2);
    expect(world.ledger.fundPooledJpyM).toBe(4);
    expect(world.ledger.fundToCoordinatorsJpyM).toBe(3);
    expect(world.ledger.paidBy(HolderKind.LocalGovernment)).toBe(2);
  });

  it('canPay: budgets, funds and cash are limited, local government is not; an opened budget lapses what was left', () => {
    const world = ready(tinyWorld());
    openBudget(world, 0, 5);
    expect(canPay(world, budgetOf(0), 5)).toBe(true);
    expect(canPay(world, budgetOf(0), 5.01)).toBe(false);
    expect(canPay(world, fundOf(0), 0.01)).toBe(false);
    expect(canPay(world, localGovernmentOf(0), 1e9)).toBe(true);
    openBudget(world, 0, 8);
    expect(world.ledger.budgetLapsedJpyM).toBe(5);
    expect(world.ledger.budgetGrantedJpyM).toBe(13);
  });
});
