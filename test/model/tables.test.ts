// Project and seed tables: compaction keeps every column of the rows it keeps, in order; ended
// projects' funding moves to `retired`; growth keeps what was stored.
import { describe, expect, it } from 'vitest';
import { ProjectTable } from '../../src/model/project-table.js';
import { SeedTable } from '../../src/model/seed-table.js';
import { ProjectStatus } from '../../src/model/vocabulary.js';

describe('ProjectTable', () => {
  /** 300 projects (past the initial capacity), every column set from the row number. */
  function filled(): ProjectTable {
    const t = new ProjectTable(3);
    for (let i = 0; i < 300; i++) {
      const id = t.add(i % 8, i / 300, 1000 + i, 2000 + i, i % 3);
      t.coordinator[id] = 3000 + i;
      for (let k = 0; k < i % 4; k++) t.addPartner(id, 4000 + i * 10 + k);
      t.stage[id] = i % 3;
      t.quartersInStage[id] = i;
      t.stalledQuarters[id] = i % 5;
      t.status[id] = i % 7 === 0 ? ProjectStatus.Done : i % 11 === 0 ? ProjectStatus.Abandoned : i % 2;
      t.fusion[id] = i % 2;
      t.crossRegion[id] = (i + 1) % 2;
      t.publicJpyM[id] = i;
      t.privateJpyM[id] = 2 * i;
      t.loanJpyM[id] = 3 * i;
    }
    return t;
  }

  it('compaction keeps live projects with every column, in order, and retires the funding of the rest', () => {
    const t = filled();
    const ended = Array.from({ length: 300 }, (_, i) => i).filter((i) => t.status[i] >= ProjectStatus.Failed);
    const kept = Array.from({ length: 300 }, (_, i) => i).filter((i) => t.status[i] < ProjectStatus.Failed);
    t.compact();
    expect(t.count).toBe(kept.length);
    kept.forEach((i, row) => {
      expect(t.serial[row]).toBe(i);
      expect(t.seedField[row]).toBe(i % 8);
      expect(t.seedQuality[row]).toBeCloseTo(i / 300, 6);
      expect(t.university[row]).toBe(1000 + i);
      expect(t.lead[row]).toBe(2000 + i);
      expect(t.region[row]).toBe(i % 3);
      expect(t.coordinator[row]).toBe(3000 + i);
      expect(t.partnerCount[row]).toBe(Math.min(i % 4, 3));
      for (let k = 0; k < t.partnerCount[row]; k++) expect(t.partner(row, k)).toBe(4000 + i * 10 + k);
      expect([t.stage[row], t.quartersInStage[row], t.stalledQuarters[row], t.fusion[row], t.crossRegion[row]]).toEqual([i % 3, i, i % 5, i % 2, (i + 1) % 2]);
      expect([t.publicJpyM[row], t.privateJpyM[row], t.loanJpyM[row]]).toEqual([i, 2 * i, 3 * i]);
    });
    const sum = ended.reduce((s, i) => s + i, 0);
    expect(t.retired).toEqual({ publicJpyM: sum, privateJpyM: 2 * sum, loanJpyM: 3 * sum });
    // Serials keep counting after compaction.
    expect(t.serial[t.add(0, 0.5, 1, 2, 0)]).toBe(300);
  });

  it('partners beyond maxPartners are refused; exited partners are dropped in order', () => {
    const t = new ProjectTable(3);
    const id = t.add(0, 0.5, 1, 2, 0);
    expect([10, 11, 12, 13].map((f) => t.addPartner(id, f))).toEqual([true, true, true, false]);
    const alive = new Uint8Array(20).fill(1);
    alive[11] = 0;
    t.dropDeadPartners(alive);
    expect(t.partnerCount[id]).toBe(2);
    expect([t.partner(id, 0), t.partner(id, 1)]).toEqual([10, 12]);
  });
});

describe('SeedTable', () => {
  it('compaction drops taken and expired seeds, counts only the expired as lost, and keeps the rest in order', () => {
    const t = new SeedTable();
    for (let i = 0; i < 600; i++) {
      const s = t.add(i, i % 8, (i % 100) / 100, i % 2 === 0);
      t.ageQuarters[s] = i % 10;
      t.taken[s] = i % 13 === 0 ? 1 : 0;
    }
    const kept = Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 13 !== 0 && i % 10 < 6);
    const lost = Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 13 !== 0 && i % 10 >= 6).length;
    t.compact(6);
    expect(t.count).toBe(kept.length);
    expect(t.lost).toBe(lost);
    kept.forEach((i, row) => {
      expect([t.origin[row], t.field[row], t.ageQuarters[row], t.patented[row], t.taken[row]]).toEqual([i, i % 8, i % 10, i % 2 === 0 ? 1 : 0, 0]);
      expect(t.quality[row]).toBeCloseTo((i % 100) / 100, 6);
    });
  });
});
