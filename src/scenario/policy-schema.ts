// The scenario's `policy` block (MODEL.md §5): the programme and one section per lever. Every lever
// defaults to off or neutral, so a scenario that does not name it runs as before. A new lever is
// one section here plus one file of semantics in src/policy/.
import { defaultedSection, flag, integer, number, oneOf, share } from './schema-builders.js';

const programmeSchema = defaultedSection(
  {
    startQuarter: integer(0, 10_000, { description: 'Quarter the programme starts (0 = first quarter).', default: 0 }),
    lengthQuarters: integer(0, 10_000, { description: 'Programme length in quarters (20 = five years).', default: 20 }),
    budgetPerRegionQuarterJpyM: number(0, Infinity, {
      description: 'Public budget per region per quarter, million yen (125 = 0.5 billion yen a year).',
      default: 125,
    }),
    publicCostShare: share({ description: 'Share of a funded project\'s quarterly cost paid from the public budget.', default: 0.7 }),
    coordinatorCostJpyMPerQuarter: number(0, Infinity, {
      description: 'Cost of a programme coordinator per quarter, million yen, paid from the region\'s budget at the start of the quarter (3 ≈ 12 million yen a year: salary of a senior coordinator from industry with social insurance and travel). A coordinator the quarter\'s budget cannot pay is not kept or hired.',
      default: 3,
    }),
    researcherShare: share({ description: 'Share of the region\'s quarterly budget that employs researchers 雇用研究者 at its universities and institutes (whole researchers; what is left of the share goes to other uses).', default: 0.2 }),
    researcherCostJpyMPerQuarter: number(0.01, Infinity, {
      description: 'Cost of an employed researcher per quarter, million yen (2.5 ≈ 10 million yen a year: a postdoctoral salary with social insurance, overhead and bench costs).',
      default: 2.5,
    }),
  },
  'The support programme 施策: a public budget per region per quarter over a period (phase 1 of the continuity schedule).',
);

const midTermEvaluationSchema = defaultedSection(
  {
    enabled: flag({ description: 'Scale each region\'s budget in every phase after the first by its performance in the previous phase (中間評価, competitive funding).', default: false }),
    weight: number(0, 10, { description: 'How strongly performance moves the budget: scale = 1 + weight × (region\'s commercialisations in the previous phase / mean over regions − 1).', default: 1 }),
    minScale: number(0, 1, { description: 'Lowest budget scale a region can receive (0 = the evaluation may stop its funding).', default: 0.5 }),
    maxScale: number(1, 100, { description: 'Highest budget scale a region can receive.', default: 1.5 }),
  },
  'Mid-term evaluation: the next phase\'s budget per region follows the previous phase\'s results.',
);

const continuitySchema = defaultedSection(
  {
    renewals: integer(0, 100, { description: 'Further phases after the programme (継続・第II期), each with the programme\'s budget and cost share.', default: 0 }),
    renewalLengthQuarters: integer(1, 10_000, { description: 'Length of each renewal phase in quarters.', default: 20 }),
    gapQuarters: integer(0, 10_000, { description: 'Quarters between one phase and the next in which the programme pays nothing (unless bridging).', default: 0 }),
    bridgingShare: share({ description: 'Share of the per-region budget paid in each gap quarter (つなぎ資金); while it pays, programme coordinators stay employed.', default: 0 }),
    taperQuarters: integer(0, 10_000, { description: 'The last phase\'s budget declines linearly over its final this-many quarters (phase-out), to 1/(taper+1) of the budget in its last quarter.', default: 0 }),
    midTermEvaluation: midTermEvaluationSchema,
  },
  'Continuity of support 継続性: renewals, gaps, bridging funds, taper and mid-term evaluation.',
);

const wideAreaSchema = defaultedSection(
  {
    meetingReach: number(0, Infinity, { description: 'Multiplier on model.meeting.crossRegionShare for spontaneous meetings (0 = no meeting outside the region; the share is capped at 1).', default: 1 }),
    coordinatorNetwork: share({ description: 'Share of coordinator introductions made to universities of other regions (広域コーディネータ網), nearer blocks first.', default: 0 }),
    salesPlatform: flag({ description: 'National sales and use-development platform (販路・用途開拓): each quarter it lists the best new local products by expected revenue, up to its capacity, and a listed product sells nationally; firms expect to be listed.', default: false }),
    listingsPerQuarter: integer(0, 1_000_000, { description: 'Products the platform can list per quarter, over all regions (its capacity).', default: 10 }),
    listingCostJpyM: number(0, Infinity, { description: 'Cost of listing one product, million yen, paid once from the budget of the owner\'s region (1 ≈ use development, catalogue and trade-fair presence for a product).', default: 1 }),
  },
  'Wide-area collaboration 広域連携.',
);

const matchingFundsSchema = defaultedSection(
  {
    enabled: flag({ description: 'Apply the matching-fund rules below instead of programme.publicCostShare.', default: false }),
    privateMatchPerPublicJpy: number(0, 100, { description: 'Private yen required per public yen: the public share of a funded project\'s cost is 1/(1 + this).', default: 1 }),
    seedMoneyJpyM: number(0, Infinity, { description: 'One-off public grant to the lead firm when a funded project forms, million yen, from the region\'s budget (呼び水: lowers the firm\'s first-stage cost).', default: 0 }),
    eligibility: oneOf(['all', 'smes', 'coreFirms'] as const, { description: 'Which lead firms may receive matching funds and seed money; others pay their projects in full.', default: 'all' }),
  },
  'Matching funds マッチングファンド.',
);

const externalTalentSchema = defaultedSection(
  {
    coordinatorsPerRegionYear: number(0, 1000, { description: 'Coordinators arriving per region per year from the national talent market while the programme runs (mean of a Poisson draw each quarter).', default: 0 }),
    entrepreneursPerRegionYear: number(0, 1000, { description: 'Entrepreneurs arriving per region per year while the programme runs (they can found start-ups).', default: 0 }),
    coordinatorSkill: share({ description: 'Skill of an arriving external coordinator.', default: 0.7 }),
    stayQuarters: integer(1, 1000, { description: 'Quarters an external coordinator stays before leaving.', default: 12 }),
    trainingSkillGrowth: number(0, 100, { description: 'Multiplier on the learning rate of a coordinator in training (育成塾; 1 = no training): every coordinator of the region is trained each quarter the budget pays for it.', default: 1 }),
    trainingCostJpyMPerCoordinatorQuarter: number(0, Infinity, { description: 'Cost of training one coordinator for a quarter, million yen, from the region\'s budget (0.5 ≈ 2 million yen a year of course fees and time).', default: 0.5 }),
    coordinatorArrivalCostJpyM: number(0, Infinity, { description: 'Cost of bringing in one external coordinator, million yen, from the region\'s budget (2 ≈ recruitment and relocation); no budget, no arrival.', default: 2 }),
    coordinatorCostJpyMPerQuarter: number(0, Infinity, { description: 'Cost of an external coordinator per quarter of stay, million yen, from the region\'s budget (4 ≈ 16 million yen a year: a market salary for an experienced outsider); one the budget cannot pay leaves.', default: 4 }),
    entrepreneurArrivalCostJpyM: number(0, Infinity, { description: 'Cost of bringing in one entrepreneur, million yen, from the region\'s budget (5 ≈ relocation and a year\'s living allowance); no budget, no arrival.', default: 5 }),
    successStayExtensionQuarters: integer(0, 1000, { description: 'Career path: quarters added to an external coordinator\'s stay each time a project it runs completes its prototype or reaches the market; the extra quarters are paid from the region\'s budget like the others (coordinatorCostJpyMPerQuarter).', default: 4 }),
  },
  'External talent 域外人材 and coordinator training.',
);

const bankHubSchema = defaultedSection(
  {
    enabled: flag({ description: 'Banks introduce client SMEs to universities of their region (信金をハブに).', default: false }),
    introductionsPerBankQuarter: integer(0, 1000, { description: 'Introductions a bank makes per quarter; the fit gains the bank\'s appraisal skill × model.meeting.coordinatorFitBonus.', default: 2 }),
    costPerIntroductionJpyM: number(0, Infinity, { description: 'Cost of one introduction, million yen, paid by the programme for the bank\'s time from its region\'s budget (0.2 ≈ a few days of a loan officer\'s time and a matching meeting); no budget, no introduction.', default: 0.2 }),
  },
  'Banks as hubs.',
);

const projectManagerSchema = defaultedSection(
  {
    perRegion: integer(0, 1000, { description: 'Project managers (スーパー目利き) per region, paid while the programme runs.', default: 0 }),
    projectsEach: integer(0, 1000, { description: 'Projects one manager runs at a time (first come, first served).', default: 3 }),
    advanceBoost: number(0, Infinity, { description: 'Relative rise of the stage-advance chance of a managed project.', default: 0.5 }),
    costJpyMPerQuarter: number(0, Infinity, { description: 'Cost of a project manager per quarter, million yen, from the region\'s budget at the start of the quarter (5 ≈ 20 million yen a year: a senior industry expert); managers the budget cannot pay are not employed that quarter.', default: 5 }),
  },
  'Project managers who raise the stage success of the projects they run.',
);

const coreInstitutionSchema = defaultedSection(
  {
    enabled: flag({ description: 'A regional core institution (中核機関, like Kitakyushu\'s FAIS) pools the region\'s unspent programme budget into a fund, tops up projects\' public share from it when the budget falls short, and keeps programme coordinators employed from it when programme money stops.', default: false }),
    revenueShare: share({ description: 'Share of product revenue paid into the institution\'s fund by the selling firm (at most the margin it keeps).', default: 0.02 }),
    coordinatorCostJpyMPerQuarter: number(0, Infinity, { description: 'What the fund pays per coordinator per quarter once programme money stops, million yen.', default: 3 }),
  },
  'Regional core institution 中核機関.',
);

const localGovernmentSchema = defaultedSection(
  {
    coordinatorCostJpyMPerQuarter: number(0, Infinity, { description: 'Cost of a local-government coordinator per quarter, million yen, paid by local government (not the programme budget; 2 ≈ 8 million yen a year of a prefectural officer\'s salary).', default: 2 }),
  },
  'Local government 自治体: pays its own coordinators, outside the programme budget.',
);

const publicInstitutesSchema = defaultedSection(
  {
    extraSupportsPerInstituteQuarter: integer(0, 100_000, { description: 'Strengthening public research institutes 公設試: SME supports per institute per quarter on top of model.institutes.supportsPerInstituteQuarter, paid per support by the programme.', default: 0 }),
    costJpyMPerSupport: number(0, Infinity, { description: 'Cost of one extra support, million yen, from the budget of the institute\'s region (0.5 ≈ a week of an engineer\'s time with test equipment); no budget, no extra support.', default: 0.5 }),
  },
  'Strengthening public research institutes 公設試.',
);

const coreFirmSupportSchema = defaultedSection(
  {
    enabled: flag({ description: 'Support projects led by core firms (中核企業支援).', default: false }),
    publicCostShare: share({ description: 'Public share of the cost of a core-firm-led project (replaces the programme\'s or the matching rule\'s share).', default: 0.5 }),
    supplierJoinBoost: share({ description: 'Share of the remaining chance added to model.projects.supplierJoinProbability: p + boost × (1 − p).', default: 0.3 }),
  },
  'Core-firm support 中核企業支援.',
);

const venturesSchema = defaultedSection(
  {
    startupGrantJpyM: number(0, Infinity, { description: 'Programme grant 起業支援 paid once into a new start-up\'s cash when its founders cannot cover its expected own cost, million yen, from the region\'s budget (no budget, no grant; 0 = none).', default: 0 }),
    fundPerRegionJpyM: number(0, Infinity, { description: 'Money of each region\'s venture fund 認定VC at the start, million yen (scarce in regions: 0 = none). The fund is not replenished during the run.', default: 0 }),
    returnRequirement: number(0, 1000, { description: 'The fund invests the money a start-up still lacks only when the venture\'s appraised net value (the one valuation, at the fund\'s noisy estimate of its chance) is at least this multiple of the investment.', default: 3 }),
    appraisalNoiseSd: number(0, Infinity, { description: 'Standard deviation of the fund\'s error in estimating a start-up\'s chance of reaching the market.', default: 0.15 }),
  },
  'Venture money for start-ups: a programme grant and regional venture funds 認定VC.',
);

export const policySchema = defaultedSection(
  {
    programme: programmeSchema,
    continuity: continuitySchema,
    wideArea: wideAreaSchema,
    matchingFunds: matchingFundsSchema,
    externalTalent: externalTalentSchema,
    bankHub: bankHubSchema,
    projectManager: projectManagerSchema,
    coreInstitution: coreInstitutionSchema,
    coreFirmSupport: coreFirmSupportSchema,
    publicInstitutes: publicInstitutesSchema,
    localGovernment: localGovernmentSchema,
    ventures: venturesSchema,
  },
  'Policy levers. Every lever is off or neutral unless set.',
);
