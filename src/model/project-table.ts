// Live projects 共同研究 (active or stalled). A project that ends (done, failed, abandoned)
// leaves the table; its outcome is counted in the quarter's indicators, its funding in `retired`.
import { ColumnLayout, type ColumnSpec, type TableColumns } from './column-layout.js';
import { TableRows } from './table-rows.js';
import { ProjectStatus } from './vocabulary.js';

/** Columns of the project table; a project has room for `maxPartners` partner firms. */
export function projectColumns(maxPartners: number) {
  return {
    seedField: { type: Uint8Array },
    seedQuality: { type: Float32Array },
    university: { type: Int32Array },
    lead: { type: Int32Array },
    /** Coordinator running the project, or -1. */
    coordinator: { type: Int32Array, initial: -1 },
    /** Partner firms: `partnerCount` of the `maxPartners` slots per project are used. */
    partners: { type: Int32Array, width: maxPartners },
    partnerCount: { type: Uint8Array },
    stage: { type: Uint8Array },
    quartersInStage: { type: Int32Array },
    stalledQuarters: { type: Int32Array },
    status: { type: Uint8Array },
    fusion: { type: Uint8Array },
    crossRegion: { type: Uint8Array },
    /** Region whose programme budget funds the project (the lead firm's). */
    region: { type: Uint16Array },
    /** Share of each quarter's cost the public pays, fixed when the project forms (policy levers decide it). */
    publicShare: { type: Float64Array },
    /** 1 while a project manager (スーパー目利き) runs the project. */
    managed: { type: Uint8Array },
    /** Stable number of the project (0, 1, 2… in order of formation): rows move when the table compacts. */
    serial: { type: Int32Array },
    /** Money charged to the project so far, by source (MODEL.md §2), million yen. */
    publicJpyM: { type: Float64Array },
    privateJpyM: { type: Float64Array },
    loanJpyM: { type: Float64Array },
    /** Who runs the business side (BusinessLead): none experienced, an experienced local founder, or external talent. */
    businessLead: { type: Uint8Array },
    /** 1 when a start-up founded on the project's seed or prototype leads it (it is not spun out again). */
    startupLed: { type: Uint8Array },
    /** Where the project came from (ProjectOrigin): a seed pushed to a firm, or a core firm's need pulling a seed. */
    origin: { type: Uint8Array },
    /** Seed money 呼び水 paid into the lead firm's cash when the project formed, million yen (earmarked for it). */
    seedGrantJpyM: { type: Float64Array },
  } satisfies ColumnSpec;
}

type ProjectColumns = ReturnType<typeof projectColumns>;

/** The columns, declared by projectColumns; TableRows defines them on each table. */
export interface ProjectTable extends TableColumns<ProjectColumns> {}

export class ProjectTable {
  count = 0;
  readonly maxPartners: number;
  /** Funding of projects that have left the table, by source: live + retired = all ever charged. */
  readonly retired = { publicJpyM: 0, privateJpyM: 0, loanJpyM: 0 };
  /** Projects formed so far (the next serial). */
  formed = 0;
  /** The columns, with `maxPartners` partner slots per project. */
  readonly layout: ColumnLayout<ProjectColumns>;
  private readonly rows: TableRows<ProjectColumns, Record<never, never>>;

  constructor(maxPartners: number) {
    this.maxPartners = Math.max(1, maxPartners);
    this.layout = new ColumnLayout(projectColumns(this.maxPartners));
    this.rows = new TableRows(this.layout, this, 128);
  }

  /** Appends a project at stage 0 with no partners, no coordinator and nothing charged yet; returns its row. */
  add(seedField: number, seedQuality: number, university: number, lead: number, region: number, publicShare: number): number {
    this.rows.ensureRoom(this, this.count);
    const id = this.count++;
    this.seedField[id] = seedField;
    this.seedQuality[id] = seedQuality;
    this.university[id] = university;
    this.lead[id] = lead;
    this.region[id] = region;
    this.publicShare[id] = publicShare;
    this.serial[id] = this.formed++;
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
    const rows = this.rows;
    rows.beginCompaction();
    for (let id = 0; id < this.count; id++) {
      if (this.status[id] < ProjectStatus.Failed) continue;
      this.retired.publicJpyM += this.publicJpyM[id];
      this.retired.privateJpyM += this.privateJpyM[id];
      this.retired.loanJpyM += this.loanJpyM[id];
      rows.drop(this, id);
    }
    this.count = rows.endCompaction(this, this.count);
  }
}
