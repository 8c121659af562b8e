// The scenario schema: one declaration gives the TypeScript types, validation with readable
// messages, defaults, and the JSON Schema that `clustersim schema` prints (convention 6).
import { z } from 'zod';
import { CLUSTER_TYPES, FIELDS } from '../model/vocabulary.js';
import { CLUSTER_TYPE_DEFAULTS, withClusterTypeDefaults } from './cluster-type-defaults.js';
import { agentCells, edgeCells, initialNetworkSchema, inlineExpectation, networkProblems } from './initial-network.js';
import { policySchema } from './policy-schema.js';
import { defaultedSection, identifier, integer, number, oneOf, section, share, text } from './schema-builders.js';

const MAX = Number.MAX_SAFE_INTEGER;
/** Agent counts above this are refused: one machine cannot hold them (see the resource guard). */
export const MAX_AGENTS_PER_KIND = 10_000_000;
/** Replications of one run (a scenario's `replications`, and `--replications`). */
export const MAX_REPLICATIONS = 10_000_000;

const perStage = (values: [number, number, number], description: string) =>
  section(
    {
      jointResearch: number(0, 1, { description: 'joint research 共同研究', default: values[0] }),
      prototype: number(0, 1, { description: 'prototype 試作', default: values[1] }),
      commercialisation: number(0, 1, { description: 'commercialisation 事業化', default: values[2] }),
    },
    description,
  ).prefault({} as never);

const perStageCost = (values: [number, number, number], description: string) =>
  section(
    {
      jointResearch: number(0, Infinity, { description: 'joint research, million yen per quarter', default: values[0] }),
      prototype: number(0, Infinity, { description: 'prototype, million yen per quarter', default: values[1] }),
      commercialisation: number(0, Infinity, { description: 'commercialisation, million yen per quarter', default: values[2] }),
    },
    description,
  ).prefault({} as never);

const count = (description: string, fallback: number) => integer(0, MAX_AGENTS_PER_KIND, { description, default: fallback });

export const agentCountsSchema = defaultedSection(
  {
    universities: count('universities 大学', 2),
    publicInstitutes: count('public research institutes 公設試 (high industry orientation)', 1),
    smes: count('SMEs 中小企業', 300),
    coreFirms: count('core firms 中核企業 (large firms with supplier networks)', 2),
    banks: count('regional banks 地銀・信金', 3),
    programmeCoordinators: count('coordinators paid by the programme (leave when its funding stops)', 3),
    localCoordinators: count('coordinators paid by local government (rotate every tenure)', 1),
  },
  'Agent counts at the start, per kind.',
);

const fieldProfile = z
  .partialRecord(z.enum(FIELDS), number(0, Infinity, { description: 'relative weight of the field' }), {
    error: `expected a mapping of technology fields (${FIELDS.join(', ')}) to weights`,
  })
  .refine((profile) => Object.values(profile).some((w) => (w ?? 0) > 0), {
    error: 'expected at least one field with a weight > 0',
  })
  .meta({ description: `Technology fields of the region and their weights; fields: ${FIELDS.join(', ')}.` });

/** A period in which the region was funded, as the programme actually ran (staggered starts, phases). */
const fundingPeriodSchema = section(
  {
    startQuarter: integer(0, 10_000, { description: 'First funded quarter (0 = the first quarter of the run).' }),
    lengthQuarters: integer(1, 10_000, { description: 'Funded quarters from the start.' }),
    budgetPerQuarterJpyM: number(0, Infinity, { description: 'Public budget of the region per quarter in this period, million yen.' }),
  },
  'A period of public funding for the region, as run.',
);

const TYPE_DEFAULTS = CLUSTER_TYPES.map((type) => {
  const d = CLUSTER_TYPE_DEFAULTS[type];
  return `${type}: academic ${d.academicPotential}, industrial ${d.industrialPotential}, market access ${d.marketAccess}, talent ${d.talentSupply}`;
}).join('; ');
const byType = (what: string) => `${what} Default: from the cluster type (see clusterType), 0.5 without one.`;

export const regionSchema = section(
  {
    id: identifier({ description: 'Region id, unique in the scenario.' }),
    nameEn: text({ description: 'English name (defaults to the id).' }).optional(),
    nameJa: text({ description: 'Japanese name 地域名 (defaults to the English name).' }).optional(),
    clusterType: oneOf(CLUSTER_TYPES, { description: `Cluster type 5類型. Optional: it sets the defaults of the region's academicPotential, industrialPotential, marketAccess and talentSupply where the region does not give them, from what each type is short of (${TYPE_DEFAULTS}); without a type each is 0.5. Values given always win; the model reads the type only through these defaults.` }).optional(),
    block: identifier({ description: 'Wide-area block 広域ブロック: regions in one block are "near".', default: 'national' }),
    academicPotential: share({ description: byType('Academic potential 学術ポテンシャル: scales researchers and research quality.') }).optional(),
    industrialPotential: share({ description: byType('Industrial potential 産業ポテンシャル: scales firms\' absorptive capacity and cash.') }).optional(),
    marketAccess: share({ description: byType('Market access 販路: distance to buyers; scales every product\'s revenue (how far a product sells comes from its sales channels).') }).optional(),
    talentSupply: share({ description: byType('Local talent supply 人材: entrepreneurs per quarter, the share of them with new-business experience, and coordinator skill.') }).optional(),
    fields: fieldProfile,
    agents: agentCountsSchema,
    fundingPeriods: z
      .array(fundingPeriodSchema, { error: 'expected a list of funding periods' })
      .meta({
        description:
          'The region\'s funding as the programme actually ran it (staggered starts, a Phase II beside Phase I): when given, it replaces the schedule of policy.programme and policy.continuity for this region; overlapping periods add up. The programme\'s rules (cost shares, staff, levers) still apply.',
      })
      .optional(),
  },
  'A region 地域 and its agents.',
).transform(withClusterTypeDefaults);

const researchSchema = defaultedSection(
  {
    researchersPerUniversity: number(0, Infinity, { description: 'Mean researchers per university at academic potential 0.5.', default: 60 }),
    researchersPerInstitute: number(0, Infinity, { description: 'Mean researchers per public research institute.', default: 20 }),
    papersPerResearcherQuarter: number(0, Infinity, { description: 'Papers per researcher per quarter at quality 1.', default: 0.08 }),
    overseasPaperShareAtTopQuality: share({ description: 'Share of papers published overseas at research quality 1.', default: 0.9 }),
    // 0.025: enough seeds that some go unused (成果の死蔵) and the programme's money is mostly spent; at
    // 0.012 seeds were so scarce that subsidised SMEs took them from core firms (issue 4).
    seedsPerResearcherQuarter: number(0, Infinity, { description: 'Research seeds 研究シーズ per researcher per quarter at quality 1.', default: 0.025 }),
    seedPatentProbability: share({ description: 'Chance a new seed is patented, at industry orientation 1.', default: 0.45 }),
    overseasPatentShare: share({ description: 'Share of patent applications filed overseas too.', default: 0.15 }),
    seedLifetimeQuarters: integer(1, 10_000, { description: 'An unused seed is lost after this many quarters (成果の死蔵).', default: 16 }),
    seedQualitySd: number(0, 1, { description: 'Standard deviation of a new seed\'s quality around its institution\'s research quality.', default: 0.15 }),
    seedQualityFloor: share({ description: 'Lowest quality of a new seed (lower draws are raised to it).', default: 0.02 }),
    researchersLogSd: number(0, Infinity, { description: 'Spread of researchers between academics: standard deviation of the logarithm of a lognormal factor whose mean is 1, so researchersPerUniversity (…PerInstitute) stays the mean.', default: 0.4 }),
    researchQualityAtZeroPotential: share({ description: 'Mean research quality of a university or institute at academic potential 0.', default: 0.3 }),
    researchQualityPerAcademicPotential: share({ description: 'Rise of mean research quality per unit of academic potential: mean = researchQualityAtZeroPotential + this × academic potential.', default: 0.6 }),
    researchQualitySd: number(0, 1, { description: 'Standard deviation of an academic\'s research quality around that mean.', default: 0.1 }),
    researchQualityFloor: share({ description: 'Lowest research quality of a new university or institute (lower draws are raised to it).', default: 0.05 }),
  },
  'Research: papers, seeds and patents from universities and institutes.',
);

const meetingSchema = defaultedSection(
  {
    introductionsPerCoordinatorQuarter: integer(0, 1000, { description: 'Introductions a coordinator can make per quarter (capacity).', default: 3 }),
    coordinatorFitBonus: number(0, Infinity, { description: 'Fit added to an introduction per unit of coordinator skill.', default: 0.5 }),
    linkThreshold: share({ description: 'A meeting becomes a link when fit (field similarity × absorptive capacity, plus coordinator bonus) clears this.', default: 0.2 }),
    newLinkStrength: share({ description: 'Strength of a link when it forms.', default: 0.5 }),
    smeSpontaneousRate: share({ description: 'Chance per quarter that an SME meets a university on its own; few such meetings clear the fit threshold ("the university\'s threshold is high").', default: 0.05 }),
    coreFirmSpontaneousRate: share({ description: 'Chance per quarter that a core firm meets a university on its own.', default: 0.3 }),
    industryMeetingRate: share({ description: 'Chance per quarter that a firm meets another firm.', default: 0.02 }),
    crossRegionShare: share({ description: 'Share of spontaneous meetings that look outside the region (wide-area reach).', default: 0.05 }),
    sameBlockPreference: number(0, Infinity, { description: 'Weight of a region in the same wide-area block relative to a far one.', default: 4 }),
    triadicClosureRate: share({ description: 'Chance per quarter that an agent introduces two of its partners (triadic closure).', default: 0.02 }),
    coordinatorSameFieldShare: share({ description: 'Share of a coordinator\'s introductions made to an SME whose main field is the university\'s main field (when the region has one); the rest go to any SME of the region.', default: 0.7 }),
    firmPairAbsorptiveBonus: number(0, Infinity, { description: 'Added to the weaker absorptive capacity in the fit of two firms that meet (firms trade and work together without research).', default: 0.5 }),
    reputationWeight: number(0, Infinity, { description: 'Reputation (preferential attachment): in a spontaneous meeting and a coordinator\'s introduction, a university, institute or firm of the region is picked with weight 1 + reputationWeight × its successful projects (prototypes completed and launches it took part in), so agents with a record attract more meetings and hubs grow. Tickets per success; 0 = every candidate alike.', default: 1 }),
  },
  'Meeting and linking: introductions, spontaneous meetings and triadic closure.',
);

const projectsSchema = defaultedSection(
  {
    costPerQuarterJpyM: perStageCost([2, 4, 6], 'Quarterly cost of a project by stage, million yen.'),
    seedFitMin: share({ description: 'Minimum similarity between a seed\'s field and the firm\'s profile.', default: 0.3 }),
    firmDiscountRatePerQuarter: number(0, 1, { description: 'Discount rate per quarter at which firms and banks value a project\'s future costs and product margins (0.02 a quarter is about 8% a year, a common corporate hurdle rate for R&D). There is no separate product-value constant: a project is worth the margin the model\'s own market would pay its product.', default: 0.02 }),
    cashReserveQuarters: number(0, Infinity, { description: 'A firm joins only if its cash covers its share of this many quarters of first-stage cost.', default: 4 }),
    maxActiveProjectsSme: integer(0, 1000, { description: 'Projects an SME can lead at once.', default: 1 }),
    maxActiveProjectsCoreFirm: integer(0, 1000, { description: 'Projects a core firm can lead at once.', default: 4 }),
    maxPartners: integer(0, 16, { description: 'Partner firms a project can bring in (core firms bring suppliers).', default: 3 }),
    supplierJoinProbability: share({ description: 'Chance each linked supplier SME joins a core firm\'s project.', default: 0.4 }),
    judgedChanceFloor: share({ description: 'Judged chance that a project reaches the market, as firms and banks see it: (floor + (1 − floor) × lead firm\'s absorptive capacity) × (floor + (1 − floor) × seed quality).', default: 0.3 }),
  },
  'Project formation: seeds, willingness and cost.',
);

const progressSchema = defaultedSection(
  {
    advanceHazard: perStage([0.2, 0.09, 0.14], 'Base chance per funded quarter to advance from each stage (the valley of death is the low prototype rate).'),
    failHazard: perStage([0.02, 0.05, 0.04], 'Base chance per funded quarter to fail at each stage.'),
    coordinatorBoost: number(0, Infinity, { description: 'Relative rise of the advance chance when a coordinator runs the project.', default: 0.3 }),
    fusionPenalty: share({ description: 'Relative fall of the advance chance for fusion (異分野融合) projects.', default: 0.3 }),
    fusionValueBonus: number(0, Infinity, { description: 'Relative rise of a fusion project\'s product revenue (and so of its value to firms).', default: 0.5 }),
    effortBoostMax: number(0, Infinity, { description: 'Commitment: the advance chance is multiplied by 1 + effortBoostMax × own / (own + effortHalfShare), where own is the share of the quarter\'s cost the lead firm pays itself (cash or loan). The largest relative rise, approached as the firm pays everything.', default: 0.5 }),
    effortHalfShare: number(0, Infinity, { description: 'Commitment: the firm\'s own share of the quarter\'s cost at which its effort gives half of effortBoostMax (0 gives the whole boost at any own share above 0).', default: 0.25 }),
    stallAbandonQuarters: integer(1, 1000, { description: 'An unfunded project stalls; stalled this many quarters it is abandoned.', default: 4 }),
    abandonLinkDamage: share({ description: 'Share of the university–firm link strength lost when a project is abandoned.', default: 0.5 }),
    prototypePatentProbability: share({ description: 'Chance per quarter in the prototype stage of a patent application.', default: 0.08 }),
    startupProbability: share({ description: 'Chance that an available entrepreneur of the university\'s region considers founding a start-up on a project that has just completed its prototype stage (the search friction of spotting it); the entrepreneur founds it only if it is worth it and financed (model.startups).', default: 0.2 }),
    entrepreneursPerQuarter: number(0, Infinity, { description: 'Entrepreneurs arriving per region per quarter at talent supply 1.', default: 0.3 }),
    advanceShapeOffset: number(0, Infinity, { description: 'The advance chance is advanceHazard × (offset + lead firm\'s absorptive capacity) × (offset + seed quality): the larger the offset, the less capacity and quality matter.', default: 0.5 }),
    failShapeOffset: number(1, Infinity, { description: 'The fail chance is failHazard × (offset − lead firm\'s absorptive capacity) × (offset − seed quality); at least 1, so it is never negative.', default: 1.5 }),
    startupAbsorptiveFloor: share({ description: 'Lowest absorptive capacity 技術吸収能力 of a start-up 大学発ベンチャー: founded on a seed, it can take in research better than a typical SME.', default: 0.4 }),
    startupUniversityLinkStrength: share({ description: 'Strength of a new start-up\'s link to the seed\'s university.', default: 0.8 }),
    startupLeadLinkStrength: share({ description: 'Strength of a new start-up\'s link to the project\'s lead firm.', default: 0.6 }),
  },
  'Project progress: stage hazards, stalling, patents and start-ups.',
);

const financeSchema = defaultedSection(
  {
    smeInitialCashJpyM: number(0, Infinity, { description: 'Median initial cash of an SME at industrial potential 0.5, million yen.', default: 30 }),
    smeInitialCashLogSd: number(0, Infinity, { description: 'Spread of SMEs\' initial cash: standard deviation of its logarithm (lognormal around the median).', default: 0.8 }),
    coreFirmInitialCashJpyM: number(0, Infinity, { description: 'Mean initial cash of a core firm at industrial potential 0.5, million yen.', default: 3000 }),
    coreFirmCashLogSd: number(0, Infinity, { description: 'Spread of core firms\' initial cash: standard deviation of the logarithm of a lognormal factor whose mean is 1.', default: 0.5 }),
    startupInitialCashJpyM: number(0, Infinity, { description: 'Initial cash of a start-up, million yen.', default: 15 }),
    smeOperatingProfitJpyM: number(-Infinity, Infinity, { description: 'Mean quarterly operating profit of an SME\'s ordinary business, million yen.', default: 0.6 }),
    smeProfitVolatilityJpyM: number(0, Infinity, { description: 'Standard deviation of that quarterly profit, million yen.', default: 3 }),
    coreFirmRdBudgetShare: share({ description: 'Share of a core firm\'s cash it will commit to one project.', default: 0.05 }),
    bankCapacityJpyM: number(0, Infinity, { description: 'Lending capacity of a bank, million yen.', default: 1500 }),
    bankAppraisalSkill: share({ description: 'Mean appraisal skill 目利き of a bank: lowers the noise of its estimate.', default: 0.5 }),
    bankAppraisalSkillSd: number(0, 1, { description: 'Standard deviation of banks\' appraisal skill around that mean.', default: 0.1 }),
    appraisalNoiseSdAtSkill0: number(0, Infinity, { description: 'Standard deviation of a bank\'s error in estimating a project\'s chance of success, at appraisal skill 0; it shrinks linearly to 0 at skill 1.', default: 0.3 }),
    loanApprovalThreshold: share({ description: 'A bank lends only when its estimate of a project\'s chance of reaching the market from its current stage clears this (and, valued at that estimate with the firms\' valuation, the project is worth its remaining cost to the borrower).', default: 0.35 }),
    loanTermQuarters: integer(1, 1000, { description: 'Loans are repaid in equal parts over this many quarters.', default: 12 }),
    loanPrincipalQuarters: number(0, Infinity, { description: 'Size of a loan, in quarters of commercialisation-stage cost (projects.costPerQuarterJpyM.commercialisation).', default: 4 }),
    loanCashCoverQuarters: number(0, Infinity, { description: 'Banks lend only to a lead SME whose cash covers fewer than this many quarters of commercialisation-stage cost.', default: 2 }),
    bankClientShare: share({ description: 'Share of SMEs with a bank-client link at the start.', default: 0.7 }),
  },
  'Finance: cash, bank appraisal and loans, insolvency.',
);

const startupsSchema = defaultedSection(
  {
    localLeadAdvanceBoost: number(0, Infinity, { description: 'Relative rise of the commercialisation-stage advance chance of a project whose business lead is an experienced local entrepreneur (the founder of its start-up; a share of local founders equal to the region\'s talent supply has new-business experience, the others give no boost).', default: 0.4 }),
    externalLeadAdvanceBoost: number(0, Infinity, { description: 'Relative rise of the commercialisation-stage advance chance of a project whose business lead is external talent 域外人材 (new-business and sales experience from outside the region).', default: 0.6 }),
    localLeadReachGain: integer(0, 2, { description: 'Market-reach levels (local → national → global) an experienced local business lead adds to the reach of the project\'s firms, levels.', default: 1 }),
    externalLeadReachGain: integer(0, 2, { description: 'Market-reach levels an external business lead adds to the reach of the project\'s firms (sales channels from outside), levels.', default: 1 }),
  },
  'Start-ups 大学発ベンチャー and business leads: founders are entrepreneurs of the region or external talent; an experienced business lead carries a project faster through commercialisation and sells it further.',
);

const marketSchema = defaultedSection(
  {
    productRevenueJpyMPerQuarter: number(0, Infinity, { description: 'Quarterly revenue of a local product of quality 1 at market access 1, million yen.', default: 6 }),
    nationalReachMultiplier: number(0, Infinity, { description: 'Revenue multiplier of national market reach over local.', default: 4 }),
    globalReachMultiplier: number(0, Infinity, { description: 'Revenue multiplier of global market reach over local.', default: 12 }),
    productLifetimeQuarters: integer(1, 1000, { description: 'Mean quarters a product sells before it ages out.', default: 24 }),
    profitMargin: share({ description: 'Share of revenue kept as cash by the firm (the rest is cost of sales).', default: 0.25 }),
    productLifetimeSdShare: number(0, Infinity, { description: 'Standard deviation of a product\'s lifetime as a share of productLifetimeQuarters.', default: 0.25 }),
    productLifetimeMinQuarters: integer(1, 1000, { description: 'Shortest lifetime of a product, quarters (shorter draws are raised to it).', default: 4 }),
    coreFirmChannelCapacity: integer(0, 100_000, { description: 'Sales channels 販路: products of other firms a core firm sells at once at its own reach (to a supplier it trades with, a project partner, a start-up of its project).', default: 4 }),
    tradingPartnerChannelCapacity: integer(0, 100_000, { description: 'Sales channels 販路: products of other firms an SME that reaches further (a trading partner) sells at once at its reach.', default: 1 }),
    sellingRiskToleranceGain: share({ description: 'Share of the gap to 1 that a firm\'s risk tolerance closes per product and quarter of sales (好循環, the virtuous circle).', default: 0.02 }),
  },
  'Market: product revenue by reach, ageing, and the virtuous circle into cash.',
);

const firmsSchema = defaultedSection(
  {
    smeAbsorptiveCapacity: share({ description: 'Mean absorptive capacity 技術吸収能力 of an SME at industrial potential 0.5 (most regional SMEs do no research).', default: 0.15 }),
    smeAbsorptiveLogSd: number(0, Infinity, { description: 'Spread of SMEs\' absorptive capacity: standard deviation of the logarithm of a lognormal factor whose mean is 1.', default: 0.5 }),
    smeAbsorptiveCapacityFloor: share({ description: 'Lowest absorptive capacity of a new SME (lower draws are raised to it).', default: 0.01 }),
    coreFirmAbsorptiveCapacity: share({ description: 'Mean absorptive capacity of a core firm.', default: 0.75 }),
    coreFirmAbsorptiveSd: number(0, 1, { description: 'Standard deviation of core firms\' absorptive capacity around that mean.', default: 0.05 }),
    smeRiskTolerance: share({ description: 'Mean risk tolerance of an SME.', default: 0.35 }),
    smeRiskToleranceSd: number(0, 1, { description: 'Standard deviation of SMEs\' risk tolerance around that mean.', default: 0.15 }),
    coreFirmRiskTolerance: share({ description: 'Mean risk tolerance of a core firm.', default: 0.8 }),
    coreFirmRiskToleranceSd: number(0, 1, { description: 'Standard deviation of core firms\' risk tolerance around that mean.', default: 0.1 }),
    coreFirmGlobalReachShare: share({ description: 'Share of core firms that sell globally (the others sell nationally).', default: 0.5 }),
    smeNationalReachShare: share({ description: 'Share of SMEs that sell nationally.', default: 0.15 }),
    smeGlobalReachShare: share({ description: 'Share of SMEs that sell globally.', default: 0.02 }),
    suppliersPerCoreFirm: integer(0, 100_000, { description: 'Supplier SMEs linked to each core firm at the start.', default: 25 }),
    initialLinkStrengthMin: share({ description: 'Supplier 系列 and bank-client links at the start have a strength drawn uniformly from initialLinkStrengthMin to initialLinkStrengthMax.', default: 0.6 }),
    initialLinkStrengthMax: share({ description: 'Upper end of the strength of supplier and bank-client links at the start.', default: 1 }),
    universityIndustryOrientation: share({ description: 'Industry orientation of a university.', default: 0.3 }),
    instituteIndustryOrientation: share({ description: 'Industry orientation of a public research institute 公設試 (high: it is the SMEs\' technical bridge).', default: 0.8 }),
    fieldConcentration: number(0, Infinity, { description: 'How strongly an agent\'s profile concentrates on its main field (higher = narrower).', default: 3 }),
  },
  'Initial attributes of firms, universities and institutes, and the strength of their links at the start.',
);

const institutesSchema = defaultedSection(
  {
    supportsPerInstituteQuarter: integer(0, 100_000, { description: 'SMEs a public research institute 公設試 supports per quarter (testing, technical consultation) with its own staff: first SMEs leading projects on its seeds, then SMEs of its region that come to it.', default: 2 }),
    absorptiveGain: share({ description: 'Share of the gap to 1 that a supported SME\'s absorptive capacity closes per quarter of support.', default: 0.1 }),
    advanceBoost: number(0, Infinity, { description: 'Relative rise of the advance chance of a project whose lead SME an institute supports that quarter (technical help and testing).', default: 0.3 }),
    introductionProbability: share({ description: 'Chance that a support ends with an introduction of the SME to the best-fitting university of the region.', default: 0.3 }),
    introductionFitBonus: number(0, Infinity, { description: 'Fit added to such an introduction per unit of the institute\'s research quality.', default: 0.5 }),
    clientShare: share({ description: 'Share of an institute\'s supports beyond its project leads that go to an SME already linked to it (a client coming back), when it has one; the rest go to SMEs coming for the first time.', default: 0.5 }),
    sameFieldShare: share({ description: 'Share of an institute\'s first-time supports given to SMEs of its own main field (when the region has any); the rest to any SME of the region.', default: 0.5 }),
  },
  'Public research institutes 公設試: technical support of SMEs and introductions to universities.',
);

const needsSchema = defaultedSection(
  {
    postProbabilityPerQuarter: share({ description: 'Chance per quarter that a core firm without an open need posts one (ニーズ: a field of its business, drawn from its profile).', default: 0.25 }),
    lifetimeQuarters: integer(1, 1000, { description: 'Quarters a need stays open; unmet, it expires.', default: 4 }),
  },
  'Needs pull: core firms post needs and search linked and nearby academics\' seeds for them.',
);

const learningSchema = defaultedSection(
  {
    absorptiveLearningRate: share({ description: 'Share of the gap to 1 that a firm\'s absorptive capacity closes per quarter of joint work.', default: 0.04 }),
    coordinatorLearningRate: share({ description: 'Share of the gap to 1 that a coordinator\'s skill closes per quarter of work.', default: 0.02 }),
    linkDecay: defaultedSection(
      {
        academiaIndustry: share({ description: 'academia–industry links: quarterly decay (金の切れ目が縁の切れ目)', default: 0.1 }),
        industryIndustry: share({ description: 'industry–industry links (trade keeps them)', default: 0.01 }),
        finance: share({ description: 'bank–client links', default: 0.005 }),
        coordination: share({ description: 'coordinator links', default: 0.12 }),
      },
      'Share of link strength lost per quarter, by link type.',
    ),
    linkReinforcement: share({ description: 'Strength added per quarter of joint work.', default: 0.2 }),
    linkFloor: share({ description: 'A link weaker than this disappears.', default: 0.1 }),
    localCoordinatorTenureQuarters: integer(1, 1000, { description: 'Local-government coordinators rotate out after this many quarters; a new one starts with low skill.', default: 12 }),
    coordinatorInitialSkill: share({ description: 'Mean skill of a new coordinator at talent supply 0.5.', default: 0.35 }),
    coordinatorInitialSkillSd: number(0, 1, { description: 'Standard deviation of a new local or programme coordinator\'s skill around that mean.', default: 0.08 }),
    coordinatorSkillFloor: share({ description: 'Lowest skill of any coordinator, local, programme or external.', default: 0.01 }),
  },
  'Learning and turnover.',
);

const observationSchema = defaultedSection(
  {
    clusteringSamplePerRegion: integer(0, 1_000_000, {
      description: 'Agents per region (of two links or more) whose local clustering is measured each quarter, all of them when fewer; 0 skips the measure (clustering stays 0).',
      default: 64,
    }),
    betweennessSources: integer(1, 1_000_000, {
      description: 'Breadth-first searches behind the end-of-run betweenness (network.csv): exact up to this many linked agents, sampled above it.',
      default: 64,
    }),
    participationWindowQuarters: integer(1, 400, {
      description: 'Quarters over which an institution or coordinator counts as a programme participant (programmeInstitutions, programmePeople) after it last took part in a programme project, this quarter included; 4 = a fiscal year, as the Knowledge Cluster table counts participants per fiscal year.',
      default: 4,
    }),
    staffPerParticipatingInstitution: number(0, 100, {
      description: 'People (researchers, engineers, staff) each participating institution counts in programmePeople, persons; beside them programmePeople counts the coordinators who ran programme projects and the researchers the programme employs, who are modelled one by one. Individual project staff are not modelled: 1 counts one person in charge per institution, the least a registered participant has.',
      default: 1,
    }),
  },
  'How the model is observed: how closely the network measures are taken and how programme participants are counted. The model never reads them: a smaller sample changes the clustering indicator and the hubs of network.csv (they share a random stream), the participant settings change programmeInstitutions and programmePeople, nothing else.',
);

export const modelSchema = defaultedSection(
  {
    research: researchSchema,
    meeting: meetingSchema,
    projects: projectsSchema,
    progress: progressSchema,
    finance: financeSchema,
    startups: startupsSchema,
    market: marketSchema,
    firms: firmsSchema,
    institutes: institutesSchema,
    needs: needsSchema,
    learning: learningSchema,
    observation: observationSchema,
  },
  'Model parameters by process. Every value has a documented default.',
);

export const scenarioSchema = section(
  {
    $schema: text({ description: 'Path or URL of this JSON Schema, for editors; ignored by clustersim.' }).optional(),
    name: identifier({ description: 'Scenario name: names the output folder out/<name>/.' }),
    description: text({ description: 'What the scenario represents.', default: '' }),
    labelEn: text({ description: 'Name shown in English reports (defaults to the name).' }).optional(),
    labelJa: text({ description: 'Name shown in Japanese reports シナリオ名 (defaults to labelEn, then the name).' }).optional(),
    startFiscalYear: integer(1900, 2200, { description: 'Fiscal year 年度 of the first simulated quarter (April–June); reports then label time in fiscal years. Unset: quarters from 0.' }).optional(),
    horizonQuarters: integer(1, 2000, { description: 'Quarters simulated (40 = ten years).', default: 40 }),
    replications: integer(1, MAX_REPLICATIONS, { description: 'Monte Carlo replications (override with --replications).', default: 20 }),
    seed: integer(0, MAX, { description: 'Master seed (override with --seed). Replication seeds are derived from it.', default: 1 }),
    regions: z
      .array(regionSchema, { error: 'expected a list of regions' })
      .min(1, { error: 'expected at least one region' })
      .meta({ description: 'Regions of the cluster, each with its agents.' }),
    initialNetwork: initialNetworkSchema.optional(),
    policy: policySchema,
    model: modelSchema,
  },
  'A clustersim scenario.',
).superRefine((scenario, ctx) => {
  const seen = new Map<string, number>();
  scenario.regions.forEach((region, index) => {
    const first = seen.get(region.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['regions', index, 'id'], message: `expected a unique region id, but regions[${first}] has it too`, input: region.id });
    }
    seen.set(region.id, index);
  });
  // Inline network rows are checked across rows here; CSV files are checked as the loader reads them.
  const network = scenario.initialNetwork;
  if (network && Array.isArray(network.agents)) {
    const edges = Array.isArray(network.edges) ? network.edges : [];
    for (const problem of networkProblems(agentCells(network.agents), edgeCells(edges), scenario.regions.map((r) => r.id))) {
      const { expectation, input } = inlineExpectation(problem);
      ctx.addIssue({ code: 'custom', path: ['initialNetwork', problem.table, problem.row, problem.column], message: expectation, input });
    }
  }
});

/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
export type Region = Scenario['regions'][number];
export type ModelParameters = Scenario['model'];
export type { InitialNetwork, NetworkAgent, NetworkEdge } from './initial-network.js';
export type Policy = Scenario['policy'];
export { policySchema };
