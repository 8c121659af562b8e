// The indicator contract (MODEL.md §7): names are column names in summary.csv and timeseries.csv.
// A flow is summed over quarters in summary.csv; a stock reports its final value.

export const INDICATORS = [
  { name: 'patentsDomestic', kind: 'flow' },
  { name: 'patentsOverseas', kind: 'flow' },
  { name: 'papersDomestic', kind: 'flow' },
  { name: 'papersOverseas', kind: 'flow' },
  /** 事業化件数 as the Knowledge Cluster table counts it: prototypes + products + start-ups (each also below). */
  { name: 'commercializations', kind: 'flow' },
  { name: 'startups', kind: 'flow' },
  { name: 'revenueJpyM', kind: 'flow' },
  { name: 'participatingInstitutions', kind: 'stock' },
  { name: 'publicSpendJpyM', kind: 'flow' },
  { name: 'privateSpendJpyM', kind: 'flow' },
  { name: 'loansJpyM', kind: 'flow' },
  { name: 'linksTotal', kind: 'stock' },
  { name: 'linksCrossRegion', kind: 'stock' },
  { name: 'linksAcademiaIndustry', kind: 'stock' },
  { name: 'meanDegree', kind: 'stock' },
  { name: 'clustering', kind: 'stock' },
  { name: 'largestComponentShare', kind: 'stock' },
  { name: 'activeProjects', kind: 'stock' },
  { name: 'stalledProjects', kind: 'stock' },
  { name: 'abandonedProjects', kind: 'flow' },
  { name: 'failedProjects', kind: 'flow' },
  { name: 'unusedSeeds', kind: 'stock' },
  { name: 'activeCoordinators', kind: 'stock' },
  { name: 'smesAlive', kind: 'stock' },
  // The programme budget and what it bought (issue 16): available at the start of each quarter,
  // spent on instruments, left unspent (absorption); public spend by instrument, whose sum is
  // publicSpendJpyM (from the budget and from core institutions' funds).
  { name: 'budgetAvailableJpyM', kind: 'flow' },
  { name: 'budgetSpentJpyM', kind: 'flow' },
  { name: 'budgetUnspentJpyM', kind: 'flow' },
  { name: 'publicSpendProjectsJpyM', kind: 'flow' },
  { name: 'publicSpendCoordinatorsJpyM', kind: 'flow' },
  { name: 'publicSpendTalentJpyM', kind: 'flow' },
  { name: 'publicSpendManagersJpyM', kind: 'flow' },
  { name: 'publicSpendPlatformJpyM', kind: 'flow' },
  { name: 'publicSpendResearchersJpyM', kind: 'flow' },
  { name: 'publicSpendOtherJpyM', kind: 'flow' },
  /** Local government's own spend on its coordinators: public money outside the programme, not in publicSpendJpyM. */
  { name: 'localGovernmentSpendJpyM', kind: 'flow' },
  { name: 'researchersEmployed', kind: 'stock' },
  { name: 'rdFromMarginsJpyM', kind: 'flow' },
  // The innovation pipeline in the ministries' categories: a project completing its prototype stage
  // 試作品, a market launch 商品化 (start-ups ベンチャー起業 are `startups`; commercializations is
  // the sum of the three), and venture money 認定VC invested in start-ups.
  { name: 'prototypes', kind: 'flow' },
  { name: 'products', kind: 'flow' },
  { name: 'ventureInvestmentJpyM', kind: 'flow' },
  // The actors the reviews name (issue 17): projects and launches by origin (seeds push / needs pull;
  // a wide-reach launch sells nationally or globally), core firms' needs posted, launches whose reach
  // came through a sales channel, public institutes' supports of SMEs, SME-led projects formed and
  // launched, and SMEs taking part in live projects.
  { name: 'projectsSeedsPush', kind: 'flow' },
  { name: 'projectsNeedsPull', kind: 'flow' },
  { name: 'productsSeedsPush', kind: 'flow' },
  { name: 'productsNeedsPull', kind: 'flow' },
  { name: 'wideReachProductsSeedsPush', kind: 'flow' },
  { name: 'wideReachProductsNeedsPull', kind: 'flow' },
  { name: 'needsPosted', kind: 'flow' },
  { name: 'productsThroughChannels', kind: 'flow' },
  { name: 'platformListings', kind: 'flow' },
  { name: 'instituteSupports', kind: 'flow' },
  { name: 'smeProjectsFormed', kind: 'flow' },
  { name: 'smeProducts', kind: 'flow' },
  { name: 'participatingSmes', kind: 'stock' },
  // Participants of the programme as the Knowledge Cluster table counts them (参加機関数, 参加研究者等):
  // institutions (universities, public institutes, SMEs, core firms, banks) taking part in a
  // programme project — a live project with a public share in a region the programme funds that
  // quarter (its lead, university and partner firms, and the banks lending to any of them) — at any
  // time in the last model.observation.participationWindowQuarters quarters (4: a fiscal year, FY2010
  // at the end of the Knowledge Cluster run); and the people: the coordinators who ran such a project
  // in that window, the researchers the programme employs this quarter, and
  // model.observation.staffPerParticipatingInstitution people for each participating institution.
  { name: 'programmeInstitutions', kind: 'stock' },
  { name: 'programmePeople', kind: 'stock' },
] as const;

export type IndicatorName = (typeof INDICATORS)[number]['name'];
export const INDICATOR_NAMES: readonly IndicatorName[] = INDICATORS.map((i) => i.name);
export const INDICATOR_COUNT = INDICATORS.length;

/** Column index of each indicator, for the hot path (`row[I.patentsDomestic]`). */
export const I = Object.fromEntries(INDICATOR_NAMES.map((name, index) => [name, index])) as Record<IndicatorName, number>;

export const IS_FLOW: readonly boolean[] = INDICATORS.map((i) => i.kind === 'flow');
