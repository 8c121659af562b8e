// Live projects 共同研究 (active or stalled). A project that ends (done, failed, abandoned)
// leaves the table; its outcome is counted in the quarter's indicators, its funding in `retired`.
import { grown } from './growable.js';
import { ProjectStatus } from './vocabulary.js';

export class ProjectTable {
  count = 0;
  private capacity = 128;
  readonly maxPartners: number;
  seedField = new Uint8Array(this.capacity);
  seedQuality = new Float32Array(this.capacity);
  university = new Int32Array(this.capacity);
  lead = new Int32Array(this.capacity);
  /** Coordinator running the project, or -1. */
  coordinator = new Int32Array(this.capacity);
  partners: Int32Array;
  partnerCount = new Uint8Array(this.capacity);
  stage = new Uint8Array(this.capacity);
  quartersInStage = new Int32Array(this.capacity);
  stalledQuarters = new Int32Array(this.capacity);
  status = new Uint8Array(this.capacity);
  fusion = new Uint8Array(this.capacity);
  crossRegion = new Uint8Array(this.capacity);
  /** Region whose programme budget funds the project (the lead firm's). */
  region = new Uint16Array(this.capacity);
  /** Share of each quarter's cost the public pays, fixed when the project forms (policy levers decide it). */
  publicShare = new Float64Array(this.capacity);
  /** 1 while a project manager (スーパー目利き) runs the project. */
  managed = new Uint8Array(this.capacity);
  /** Stable number of the project (0, 1, 2… in order of formation): rows move when the table compacts. */
  serial = new Int32Array(this.capacity);
  /** Money charged to the project so far, by source (MODEL.md §2), million yen. */
  publicJpyM = new Float64Array(this.capacity);
  privateJpyM = new Float64Array(this.capacity);
  loanJpyM = new Float64Array(this.capacity);
  /** Seed money 呼び水 paid into the lead firm's cash when the project formed, million yen (earmarked: see project-economics.ts). */
  seedGrantJpyM = new Float64Array(this.capacity);
  /** Funding of projects that have left the table, by source: live + retired = all ever charged. */
  readonly retired = { publicJpyM: 0, privateJpyM: 0, loanJpyM: 0 };
  /** Projects formed so far (the next serial). */
  formed = 0;

  constructor(maxPartners: number) {
    this.maxPartners = Math.max(1, maxPartners);
    this.partners = new Int32Array(this.capacity * this.maxPartners);
  }

  add(seedField: number, seedQuality: number, university: number, lead: number, region: number, publicShare: number): number {
    if (this.count === this.capacity) this.grow(this.capacity * 2);
    const id = this.count++;
    this.seedField[id] = seedField;
    this.seedQuality[id] = seedQuality;
    this.university[id] = university;
    this.lead[id] = lead;
    this.coordinator[id] = -1;
    this.partnerCount[id] = 0;
    this.stage[id] = 0;
    this.quartersInStage[id] = 0;
    this.stalledQuarters[id] = 0;
    this.status[id] = 0;
    this.fusion[id] = 0;
    this.crossRegion[id] = 0;
    this.region[id] = region;
    this.publicShare[id] = publicShare;
    this.managed[id] = 0;
    this.serial[id] = this.formed++;
    this.publicJpyM[id] = 0;
    this.privateJpyM[id] = 0;
    this.loanJpyM[id] = 0;
    this.seedGrantJpyM[id] = 0;
    return id;
  }

  addPartner(project: number, firm: number): boolean {
    const n = this.partnerCount[project];
    if (n >= this.maxPartners) return false;
    this.partners[project * this.maxPartners + n] = firm;
    this.partnerCount[project] = n + 1;
    return true;
  }

  partner(project: number, slot: number): number {
    return this.partners[project * this.maxPartners + slot];
  }

  /** Removes every partner not alive (exited firms), keeping the order of the others. */
  dropDeadPartners(alive: Uint8Array): void {
    const m = this.maxPartners;
    for (let id = 0; id < this.count; id++) {
      const n = this.partnerCount[id];
      let kept = 0;
      for (let k = 0; k < n; k++) {
        const firm = this.partners[id * m + k];
        if (alive[firm]) this.partners[id * m + kept++] = firm;
      }
      this.partnerCount[id] = kept;
    }
  }

  /** Drops projects that ended (failed, abandoned, done), keeping the order of the rest. */
  compact(): void {
    let kept = 0;
    for (let id = 0; id < this.count; id++) {
      if (this.status[id] >= ProjectStatus.Failed) {
        this.retired.publicJpyM += this.publicJpyM[id];
        this.retired.privateJpyM += this.privateJpyM[id];
        this.retired.loanJpyM += this.loanJpyM[id];
        continue;
      }
      if (kept !== id) this.move(id, kept);
      kept++;
    }
    this.count = kept;
  }

  private move(from: number, to: number): void {
    this.seedField[to] = this.seedField[from];
    this.seedQuality[to] = this.seedQuality[from];
    this.university[to] = this.university[from];
    this.lead[to] = this.lead[from];
    this.coordinator[to] = this.coordinator[from];
    this.partners.copyWithin(to * this.maxPartners, from * this.maxPartners, (from + 1) * this.maxPartners);
    this.partnerCount[to] = this.partnerCount[from];
    this.stage[to] = this.stage[from];
    this.quartersInStage[to] = this.quartersInStage[from];
    this.stalledQuarters[to] = this.stalledQuarters[from];
    this.status[to] = this.status[from];
    this.fusion[to] = this.fusion[from];
    this.crossRegion[to] = this.crossRegion[from];
    this.region[to] = this.region[from];
    this.publicShare[to] = this.publicShare[from];
    this.managed[to] = this.managed[from];
    this.serial[to] = this.serial[from];
    this.publicJpyM[to] = this.publicJpyM[from];
    this.privateJpyM[to] = this.privateJpyM[from];
    this.loanJpyM[to] = this.loanJpyM[from];
    this.seedGrantJpyM[to] = this.seedGrantJpyM[from];
  }

  private grow(capacity: number): void {
    this.capacity = capacity;
    this.seedField = grown(this.seedField, capacity);
    this.seedQuality = grown(this.seedQuality, capacity);
    this.university = grown(this.university, capacity);
    this.lead = grown(this.lead, capacity);
    this.coordinator = grown(this.coordinator, capacity);
    this.partners = grown(this.partners, capacity * this.maxPartners);
    this.partnerCount = grown(this.partnerCount, capacity);
    this.stage = grown(this.stage, capacity);
    this.quartersInStage = grown(this.quartersInStage, capacity);
    this.stalledQuarters = grown(this.stalledQuarters, capacity);
    this.status = grown(this.status, capacity);
    this.fusion = grown(this.fusion, capacity);
    this.crossRegion = grown(this.crossRegion, capacity);
    this.region = grown(this.region, capacity);
    this.publicShare = grown(this.publicShare, capacity);
    this.managed = grown(this.managed, capacity);
    this.serial = grown(this.serial, capacity);
    this.publicJpyM = grown(this.publicJpyM, capacity);
    this.privateJpyM = grown(this.privateJpyM, capacity);
    this.loanJpyM = grown(this.loanJpyM, capacity);
    this.seedGrantJpyM = grown(this.seedGrantJpyM, capacity);
  }
}
