// Links per region, kept up to date as links are made and removed, so the quarterly indicators
// read three numbers per region instead of scanning every link (that scan was ~4% of a run).
import { grown } from './growable.js';

const TOUCHING = 0;
const CROSS = 1;
const ACADEMIC = 2;
const COLUMNS = 3;

export class LinkRegionTally {
  /** Per region: links touching it, of which cross-region, of which academia–industry. */
  private counts = new Int32Array(COLUMNS * 8);
  /** Cross-region and academia–industry links in all (each link once). */
  crossTotal = 0;
  academicTotal = 0;

  /** Counts a link between regions ra and rb in (delta 1) or out (delta -1). */
  add(ra: number, rb: number, academic: boolean, delta: number): void {
    const top = (ra > rb ? ra : rb) + 1;
    if (top * COLUMNS > this.counts.length) this.counts = grown(this.counts, Math.max(top, (this.counts.length / COLUMNS) * 2) * COLUMNS);
    const cross = ra !== rb;
    this.count(ra, cross, academic, delta);
    if (cross) {
      this.count(rb, cross, academic, delta);
      this.crossTotal += delta;
    }
    if (academic) this.academicTotal += delta;
  }

  touching(region: number): number {
    return this.at(region, TOUCHING);
  }

  crossTouching(region: number): number {
    return this.at(region, CROSS);
  }

  academicTouching(region: number): number {
    return this.at(region, ACADEMIC);
  }

  private count(region: number, cross: boolean, academic: boolean, delta: number): void {
    const row = region * COLUMNS;
    this.counts[row + TOUCHING] += delta;
    if (cross) this.counts[row + CROSS] += delta;
    if (academic) this.counts[row + ACADEMIC] += delta;
  }

  private at(region: number, column: number): number {
    const i = region * COLUMNS + column;
    return i < this.counts.length ? this.counts[i] : 0;
  }
}
