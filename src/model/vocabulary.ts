// The model's fixed vocabularies as const-object enums with matching types (convention 6).

/** The model's time step is a quarter: rates per year are divided by this. */
export const QUARTERS_PER_YEAR = 4;

/** Technology fields: every agent has a profile over these; similarity of profiles drives matching. */
export const FIELDS = ['food', 'materials', 'devices', 'medical', 'it', 'energy', 'manufacturing', 'bio'] as const;
export type Field = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;

/** Cluster types 5類型 from the review of Tokachi, Kobe, Kitakyushu and Nagano. */
export const CLUSTER_TYPES = ['untapped', 'renewal', 'fusion', 'transplant', 'frontier'] as const;

/** Agent kinds; numeric codes are stored in the agent table's `kind` column. */
export const AgentKind = {
  University: 0,
  PublicInstitute: 1,
  Sme: 2,
  CoreFirm: 3,
  Bank: 4,
  Coordinator: 5,
} as const;
export type AgentKind = (typeof AgentKind)[keyof typeof AgentKind];
export const AGENT_KIND_NAMES = ['university', 'publicInstitute', 'sme', 'coreFirm', 'bank', 'coordinator'] as const;

export function isAcademic(kind: number): boolean {
  return kind === AgentKind.University || kind === AgentKind.PublicInstitute;
}
export function isFirm(kind: number): boolean {
  return kind === AgentKind.Sme || kind === AgentKind.CoreFirm;
}

/** Link types 連携. */
export const LinkType = {
  AcademiaIndustry: 0,
  IndustryIndustry: 1,
  Finance: 2,
  Coordination: 3,
} as const;
export type LinkType = (typeof LinkType)[keyof typeof LinkType];
export const LINK_TYPE_NAMES = ['academiaIndustry', 'industryIndustry', 'finance', 'coordination'] as const;

/** Project stages 共同研究 → 試作 → 事業化; reaching Market means the project is done and a product launched. */
export const Stage = {
  JointResearch: 0,
  Prototype: 1,
  Commercialization: 2,
  Market: 3,
} as const;
export type Stage = (typeof Stage)[keyof typeof Stage];

/** Project status. */
export const ProjectStatus = {
  Active: 0,
  Stalled: 1,
  Failed: 2,
  Abandoned: 3,
  Done: 4,
} as const;
export type ProjectStatus = (typeof ProjectStatus)[keyof typeof ProjectStatus];

/** Where a project came from: a university's seed pushed to a firm (シーズ・プッシュ) or a core firm's need (ニーズ・プル). */
export const ProjectOrigin = {
  SeedsPush: 0,
  NeedsPull: 1,
} as const;
export type ProjectOrigin = (typeof ProjectOrigin)[keyof typeof ProjectOrigin];

/** Market reach 販路: local < national < global. */
export const Reach = {
  Local: 0,
  National: 1,
  Global: 2,
} as const;
export type Reach = (typeof Reach)[keyof typeof Reach];

/** Where a project's public share comes from this quarter: nowhere, the region's budget, or its core institution's fund. */
export const PublicSource = {
  None: 0,
  Budget: 1,
  Fund: 2,
} as const;

/** Who pays a coordinator: their job ends with that funding. */
export const Payer = {
  Programme: 0,
  LocalGovernment: 1,
  External: 2,
} as const;
export type Payer = (typeof Payer)[keyof typeof Payer];

/** A project's business lead: nobody with new-business experience, a local entrepreneur, or external talent 域外人材. */
export const BusinessLead = {
  None: 0,
  Local: 1,
  External: 2,
} as const;
export type BusinessLead = (typeof BusinessLead)[keyof typeof BusinessLead];
