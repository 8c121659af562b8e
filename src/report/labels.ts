// Every word the report shows, in English and Japanese (`--lang en|ja`): chart titles, axes,
// legends, indicator, lever and agent names, reading guides and page text. Japanese follows the
// terms of MODEL.md so a committee reads its own vocabulary; money is in 百万円 (JPY million).
import { ChartName } from './chart-names.js';

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

interface ChartText {
  title: string;
  subtitle: string;
  guide: string;
}

interface Texts {
  indicators: Record<string, string>;
  levers: Record<string, string>;
  agentKinds: Record<string, string>;
  axis: {
    quarter: string;
    /** Appended to a panel title whose values are running totals. */
    cumulative: string;
    /** Axis title when quarters are shown as fiscal years. */
    fiscalYear: string;
    scenario: string;
    fundedQuarters: string;
    mean: string;
    p5: string;
    p95: string;
    ciLow: string;
    ciHigh: string;
    indicator: string;
    baseline: string;
    variant: string;
    difference: string;
    relativeChange: string;
    pAdjusted: string;
    significance: string;
    significant: string;
    notSignificant: string;
    replication: string;
    scenarioMean: string;
    breakEven: string;
    degree: string;
    agentsWithDegree: string;
    hub: string;
    rank: string;
    kind: string;
    region: string;
    betweenness: string;
    constraint: string;
    run: string;
    parameter: string;
    parameterPath: string;
    value: string;
    sensitivityIndex: string;
    muStar: string;
    sigma: string;
    s1: string;
    st: string;
    allScenarios: string;
    chooseScenario: string;
    coverage: string;
    density: string;
    mass: string;
    restrictedDimensions: string;
    sampledRange: string;
    box: string;
    limits: string;
    quasiP: string;
    restricted: string;
  };
  charts: Record<ChartName, ChartText>;
  page: {
    documentTitle: string;
    heading: string;
    intro: string;
    contents: string;
    aboutRun: string;
    scenarios: string;
    masterSeed: string;
    replications: string;
    version: string;
    generatedFor: string;
    readingGuide: string;
    controlsHint: string;
    files: string;
    noScript: string;
    chartFailed: string;
    listSeparator: string;
  };
}

const EN: Texts = {
  indicators: {
    patentsDomestic: 'Patent applications (domestic)',
    patentsOverseas: 'Patent applications (overseas)',
    papersDomestic: 'Papers (domestic)',
    papersOverseas: 'Papers (overseas)',
    commercializations: 'Commercialisations',
    startups: 'Start-ups',
    revenueJpyM: 'Related revenue (JPY million)',
    participatingInstitutions: 'Participating institutions',
    publicSpendJpyM: 'Public spend (JPY million)',
    privateSpendJpyM: 'Private spend (JPY million)',
    loansJpyM: 'Bank loans (JPY million)',
    linksTotal: 'Links (total)',
    linksCrossRegion: 'Links across regions',
    linksAcademiaIndustry: 'Academia–industry links',
    meanDegree: 'Mean degree',
    clustering: 'Clustering coefficient',
    largestComponentShare: 'Largest component share',
    activeProjects: 'Active projects',
    stalledProjects: 'Stalled projects',
    abandonedProjects: 'Abandoned projects',
    failedProjects: 'Failed projects',
    unusedSeeds: 'Unused research seeds',
    activeCoordinators: 'Active coordinators',
    smesAlive: 'SMEs in business',
    budgetAvailableJpyM: 'Programme budget available (JPY million)',
    budgetSpentJpyM: 'Programme budget spent (JPY million)',
    budgetUnspentJpyM: 'Programme budget unspent (JPY million)',
    publicSpendProjectsJpyM: 'Public spend: projects (JPY million)',
    publicSpendCoordinatorsJpyM: 'Public spend: coordinators (JPY million)',
    publicSpendTalentJpyM: 'Public spend: external talent (JPY million)',
    publicSpendManagersJpyM: 'Public spend: project managers (JPY million)',
    publicSpendPlatformJpyM: 'Public spend: sales platform (JPY million)',
    publicSpendResearchersJpyM: 'Public spend: employed researchers (JPY million)',
    publicSpendOtherJpyM: 'Public spend: other (JPY million)',
    localGovernmentSpendJpyM: 'Local government spend on coordinators (JPY million)',
    researchersEmployed: 'Researchers employed by the programme',
    rdFromMarginsJpyM: 'R&D paid from product margins (JPY million)',
    prototypes: 'Prototypes',
    products: 'Products launched',
    ventureInvestmentJpyM: 'Venture investment (JPY million)',
    projectsSeedsPush: 'Projects formed: seeds push',
    projectsNeedsPull: 'Projects formed: needs pull',
    productsSeedsPush: 'Launches: seeds push',
    productsNeedsPull: 'Launches: needs pull',
    wideReachProductsSeedsPush: 'Launches selling nationally or globally: seeds push',
    wideReachProductsNeedsPull: 'Launches selling nationally or globally: needs pull',
    needsPosted: 'Needs posted by core firms',
    productsThroughChannels: 'Launches through a sales channel',
    platformListings: 'Sales-platform listings',
    instituteSupports: 'SME supports by public institutes',
    smeProjectsFormed: 'SME-led projects formed',
    smeProducts: 'Launches of SME-led projects',
    participatingSmes: 'SMEs taking part in projects',
    programmeInstitutions: 'Programme participants: institutions (last fiscal year)',
    programmePeople: 'Programme participants: people (last fiscal year)',
    sustainability: 'Sustainability (activity after / during funding)',
    leverage: 'Leverage (private / public spend)',
    revenuePerPublicJpy: 'Revenue per public yen',
    commercializationSustainability: 'Commercialisations after / during funding (per quarter)',
  },
  levers: {
    continuity: 'Continuity of support',
    wideArea: 'Wide-area collaboration',
    matchingFunds: 'Matching funds',
    externalTalent: 'External talent',
    bankHub: 'Banks as hubs',
    projectManager: 'Project manager',
    coreInstitution: 'Core institution',
    coreFirmSupport: 'Core-firm support',
    publicInstitutes: 'Strengthening public institutes',
    localGovernment: 'Local government',
    ventures: 'Start-up grants and venture funds',
  },
  agentKinds: {
    university: 'University',
    publicInstitute: 'Public research institute',
    sme: 'SME',
    coreFirm: 'Core firm',
    bank: 'Bank',
    coordinator: 'Coordinator',
  },
  axis: {
    quarter: 'Quarter',
    cumulative: ' (cumulative)',
    fiscalYear: 'Fiscal year',
    scenario: 'Scenario',
    fundedQuarters: 'Funded quarters',
    mean: 'Mean',
    p5: '5th percentile',
    p95: '95th percentile',
    ciLow: '95% CI, lower',
    ciHigh: '95% CI, upper',
    indicator: 'Indicator',
    baseline: 'Baseline',
    variant: 'Variant',
    difference: 'Difference from baseline (variant − baseline)',
    relativeChange: 'Relative change',
    pAdjusted: 'Adjusted p-value',
    significance: 'Adjusted p < 0.05',
    significant: 'Significant',
    notSignificant: 'Not significant',
    replication: 'Replication',
    scenarioMean: 'Scenario mean',
    breakEven: 'Revenue = public spend',
    degree: 'Degree (links per agent)',
    agentsWithDegree: 'Agents with this degree (mean)',
    hub: 'Hub',
    rank: 'Rank',
    kind: 'Kind of agent',
    region: 'Region',
    betweenness: 'Betweenness centrality',
    constraint: "Burt's constraint",
    run: 'Run',
    parameter: 'Parameter',
    parameterPath: 'Name in the scenario file',
    value: 'Value',
    sensitivityIndex: 'Sensitivity index',
    muStar: 'μ* (mean |effect|)',
    sigma: 'σ (spread of effects)',
    s1: 'S1 (first order)',
    st: 'ST (total)',
    allScenarios: 'All scenarios',
    chooseScenario: 'Scenario ',
    coverage: 'Coverage (share of rows of interest inside the box)',
    density: 'Density (share of the box\'s rows that are of interest)',
    mass: 'Mass (share of all rows inside)',
    restrictedDimensions: 'Restricted dimensions',
    sampledRange: 'Share of the sampled range',
    box: 'Box',
    limits: 'Limits',
    quasiP: 'Quasi-p-value',
    restricted: 'Restricted',
  },
  charts: {
    [ChartName.Trajectories]: {
      title: 'Indicators over time',
      subtitle: 'Line: mean · band: 90% of replications · shading: funded quarters',
      guide:
        'Each line is the mean over replications of an indicator summed over all regions, one colour per ' +
        'scenario. The band holds 90% of replications (5th to 95th percentile): a wide band means outcomes ' +
        "vary a lot from run to run. Shaded spans are the quarters in which each scenario's programme is " +
        'funded; watch what happens after the shading ends (the funding cliff).',
    },
    [ChartName.ComparisonForest]: {
      title: 'Policy effects against the baseline',
      subtitle: 'Dot: mean paired difference · line: 95% CI · filled: significant after adjustment',
      guide:
        'Each row compares a variant scenario with the baseline on one indicator, over paired replications ' +
        '(both use the same random numbers). The dot is the mean difference, variant minus baseline, and the ' +
        'line its 95% confidence interval. An interval that does not cross the zero line is a clear effect; ' +
        'filled dots stay significant after adjusting for multiple comparisons. Each indicator has its own scale.',
    },
    [ChartName.CostEffectiveness]: {
      title: 'Outcomes against public spend',
      subtitle: 'Small dots: replications · diamonds: scenario means · cumulative over the run',
      guide:
        'Each small dot is one replication: cumulative public spend against cumulative commercialisations ' +
        '(left) and related revenue (right). Diamonds are scenario means. Further up and to the left means ' +
        'more outcome per yen of public money. On the right, dots above the dashed line earned more revenue ' +
        'than the public money spent.',
    },
    [ChartName.DegreeDistribution]: {
      title: 'Degree distribution of the collaboration network',
      subtitle: 'End of run, mean over replications, log–log axes',
      guide:
        'How many agents have a given number of links at the end of the run, on log–log axes (mean over ' +
        'replications). A roughly straight falling line is a heavy tail: a few hubs hold many links while ' +
        'most agents have few. Agents without links are not shown, since a logarithmic axis needs positive values.',
    },
    [ChartName.NetworkHubs]: {
      title: 'Connector hubs',
      subtitle: 'Agents with the highest betweenness at the end of the run',
      guide:
        'The agents with the highest betweenness centrality at the end of the run: they lie on many of the ' +
        'shortest paths between others, so the network fragments without them. Colour shows the kind of ' +
        "agent. Hover for the degree and Burt's constraint: a low constraint means the hub bridges groups " +
        'that are otherwise unconnected (a structural hole).',
    },
    [ChartName.Sweep]: {
      title: 'Parameter sweep',
      subtitle: 'Mean over replications with its 95% confidence interval',
      guide:
        'How the outcomes respond to the swept parameters. With one parameter, the line is the mean and the ' +
        'band its 95% confidence interval; with two, each cell is one combination, coloured by the mean ' +
        '(hover for the interval). Controls under the chart choose the values of any further swept ' +
        'parameters, so you can move a lever and see the outcomes change without rerunning anything.',
    },
    [ChartName.SensitivityMorris]: {
      title: 'Sensitivity screening (Morris method)',
      subtitle: 'μ*: how much the indicator moves · σ: interactions and non-linearity',
      guide:
        'Which parameters matter for each indicator. μ* is the mean absolute elementary effect: how strongly ' +
        'the indicator moves when the parameter changes. σ is the spread of those effects: a σ large against ' +
        'μ* signals interactions with other parameters or a non-linear effect. Parameters are sorted by μ*.',
    },
    [ChartName.SensitivitySobol]: {
      title: 'Variance decomposition (Sobol indices)',
      subtitle: 'S1: the parameter alone · ST: with all its interactions · bars: 95% CI',
      guide:
        "The share of each indicator's variance that each parameter explains. S1 counts the parameter alone " +
        '(first order), ST includes all its interactions (total). Error bars are 95% confidence intervals. ' +
        'When ST is well above S1, the parameter acts mainly together with others.',
    },
    [ChartName.RegionalBreakdown]: {
      title: 'Results by region',
      subtitle: 'Mean over replications, one bar per scenario',
      guide:
        'Indicator means per region, one bar per scenario. Compare regions within a panel; each indicator ' +
        'has its own scale.',
    },
    [ChartName.RegionalComparison]: {
      title: 'Policy effects by region',
      subtitle: 'Dot: mean paired difference in the region · line: 95% CI · filled: significant after adjustment',
      guide:
        'Each row is one region: the difference variant minus baseline of its own total, over paired replications ' +
        '(the same random numbers). The line is the 95% confidence interval; an interval that does not cross zero ' +
        'is a clear effect in that region. This answers questions such as "does joining the neighbour help our ' +
        'prefecture". The numbers are in comparison-by-region.csv.',
    },
    [ChartName.ScenarioDiscovery]: {
      title: 'Scenario discovery (PRIM)',
      subtitle: 'Left: the peeling trajectory, one point per box · right: the limits of the box you click',
      guide:
        'Where in lever and parameter space does the condition hold? PRIM starts from the box of all design rows ' +
        'and peels off a small slice at a time, so each point on the left is one box: coverage is the share of ' +
        'all rows where the condition holds that the box contains, density the share of the box\'s rows where it ' +
        'holds. Moving up the curve trades coverage for density. The ringed point is the box chosen (density ' +
        'threshold, then pasting); click any point to show its limits on the right, each dimension drawn as the ' +
        'part of its sampled range the box keeps (dark: restricted). A box describes where the condition is ' +
        'frequent in this design, not why: check the quasi-p-values (small means the limit matters) and the model.',
    },
    [ChartName.AllocationFront]: {
      title: 'Budget allocations: the Pareto front',
      subtitle: 'Mean over paired replications · bars: 95% CI · hover for cost and levers',
      guide:
        'Each point is one allocation of the budget that survived the search, placed by its mean of two objectives over ' +
        'the same replications (common random numbers); the bars are 95% confidence intervals of those means, that is ' +
        'replication noise only. No allocation on the front is better in both objectives than another: choosing among ' +
        'them is a judgement about the trade-off. The numbers are in front.csv; each front allocation is a runnable scenario file.',
    },
    [ChartName.RegretHeatmap]: {
      title: 'Regret across the calibrated ensemble',
      subtitle: 'One panel per objective · rows: allocations · columns: sets grouped by their best allocation · cell: mean regret',
      guide:
        'Regret is how much an allocation loses against the best allocation at one parameter set of the calibrated ' +
        'ensemble. Columns group the sets by which allocation is best there; a row that stays pale everywhere is an ' +
        'allocation that is never far from the best, whatever the uncertain parameters are. The table of expected ' +
        'outcome, 10th percentile and maximum regret is in regret.csv and in the summary above.',
    },
  },
  page: {
    documentTitle: 'clustersim report',
    heading: 'Regional innovation-cluster policy: simulation report',
    intro:
      'Results of agent-based simulations of regional innovation-cluster policy. Every chart summarises many ' +
      'seeded replications: bands and error bars show the spread of outcomes and the uncertainty of estimates. ' +
      'Hover over a chart for exact values.',
    contents: 'Contents',
    aboutRun: 'About this run',
    scenarios: 'Scenarios',
    masterSeed: 'Master seed',
    replications: 'Replications per scenario',
    version: 'clustersim version',
    generatedFor: 'Prepared for',
    readingGuide: 'How to read this chart',
    controlsHint: 'Use the controls under a chart to choose a scenario or parameter value.',
    files: 'Each chart is also saved in the charts folder beside this file, for slides (links under each chart).',
    noScript: 'This report needs JavaScript to draw its charts. SVG and PNG copies are in the charts folder.',
    chartFailed: 'This chart could not be drawn:',
    listSeparator: ', ',
  },
};

const JA: Texts = {
  indicators: {
    patentsDomestic: '特許出願（国内）',
    patentsOverseas: '特許出願（海外）',
    papersDomestic: '論文（国内）',
    papersOverseas: '論文（海外）',
    commercializations: '事業化件数',
    startups: '起業数',
    revenueJpyM: '関連収入（百万円）',
    participatingInstitutions: '参加機関数',
    publicSpendJpyM: '公的支出（百万円）',
    privateSpendJpyM: '民間支出（百万円）',
    loansJpyM: '融資（百万円）',
    linksTotal: '連携数（合計）',
    linksCrossRegion: '地域間の連携数',
    linksAcademiaIndustry: '産学連携数',
    meanDegree: '平均次数',
    clustering: 'クラスター係数',
    largestComponentShare: '最大連結成分の割合',
    activeProjects: '実施中の共同研究',
    stalledProjects: '停滞中の共同研究',
    abandonedProjects: '中止された共同研究',
    failedProjects: '失敗した共同研究',
    unusedSeeds: '未活用の研究シーズ',
    activeCoordinators: '活動中のコーディネータ',
    smesAlive: '存続している中小企業',
    budgetAvailableJpyM: '予算額（百万円）',
    budgetSpentJpyM: '予算執行額（百万円）',
    budgetUnspentJpyM: '予算未執行額（百万円）',
    publicSpendProjectsJpyM: '公的支出：共同研究（百万円）',
    publicSpendCoordinatorsJpyM: '公的支出：コーディネータ（百万円）',
    publicSpendTalentJpyM: '公的支出：域外人材（百万円）',
    publicSpendManagersJpyM: '公的支出：プロジェクトマネージャー（百万円）',
    publicSpendPlatformJpyM: '公的支出：販路開拓プラットフォーム（百万円）',
    publicSpendResearchersJpyM: '公的支出：雇用研究者（百万円）',
    publicSpendOtherJpyM: '公的支出：その他（百万円）',
    localGovernmentSpendJpyM: '自治体支出：コーディネータ（百万円）',
    researchersEmployed: '雇用研究者数',
    rdFromMarginsJpyM: '製品利益による研究開発費（百万円）',
    prototypes: '試作品',
    products: '商品化件数',
    ventureInvestmentJpyM: 'ベンチャー投資額（百万円）',
    projectsSeedsPush: '形成プロジェクト：シーズ・プッシュ',
    projectsNeedsPull: '形成プロジェクト：ニーズ・プル',
    productsSeedsPush: '商品化：シーズ・プッシュ',
    productsNeedsPull: '商品化：ニーズ・プル',
    wideReachProductsSeedsPush: '全国・海外販路の商品化：シーズ・プッシュ',
    wideReachProductsNeedsPull: '全国・海外販路の商品化：ニーズ・プル',
    needsPosted: '中核企業のニーズ提示数',
    productsThroughChannels: '販路パートナー経由の商品化',
    platformListings: '販路開拓プラットフォーム掲載数',
    instituteSupports: '公設試による中小企業支援件数',
    smeProjectsFormed: '中小企業主導のプロジェクト形成数',
    smeProducts: '中小企業主導の商品化',
    participatingSmes: 'プロジェクト参加中小企業数',
    programmeInstitutions: '事業参加機関数（直近年度）',
    programmePeople: '事業参加研究者等（直近年度）',
    sustainability: '持続性（支援終了後／支援中の活動）',
    leverage: 'レバレッジ（民間支出／公的支出）',
    revenuePerPublicJpy: '公的資金1円あたりの関連収入',
    commercializationSustainability: '支援終了後／支援中の事業化件数（四半期あたり）',
  },
  levers: {
    continuity: '継続性',
    wideArea: '広域連携',
    matchingFunds: 'マッチングファンド',
    externalTalent: '域外人材',
    bankHub: '信金をハブに',
    projectManager: 'プロジェクトマネージャー（目利き人材）',
    coreInstitution: '中核機関',
    coreFirmSupport: '中核企業支援',
    publicInstitutes: '公設試の強化',
    localGovernment: '自治体',
    ventures: '起業支援・認定VC',
  },
  agentKinds: {
    university: '大学',
    publicInstitute: '公設試',
    sme: '中小企業',
    coreFirm: '中核企業',
    bank: '地銀・信金',
    coordinator: 'コーディネータ',
  },
  axis: {
    quarter: '四半期',
    cumulative: '（累計）',
    fiscalYear: '年度',
    scenario: 'シナリオ',
    fundedQuarters: '支援期間',
    mean: '平均',
    p5: '5パーセンタイル',
    p95: '95パーセンタイル',
    ciLow: '95%信頼区間（下限）',
    ciHigh: '95%信頼区間（上限）',
    indicator: '指標',
    baseline: 'ベースライン',
    variant: '比較シナリオ',
    difference: 'ベースラインとの差（比較 − ベースライン）',
    relativeChange: '変化率',
    pAdjusted: '補正後のp値',
    significance: '補正後 p < 0.05',
    significant: '有意',
    notSignificant: '有意でない',
    replication: '試行',
    scenarioMean: 'シナリオ平均',
    breakEven: '関連収入 = 公的支出',
    degree: '次数（主体あたりの連携数）',
    agentsWithDegree: 'その次数を持つ主体数（平均）',
    hub: 'ハブ',
    rank: '順位',
    kind: '主体の種類',
    region: '地域',
    betweenness: '媒介中心性',
    constraint: 'Burtの制約度',
    run: '実行',
    parameter: 'パラメータ',
    parameterPath: 'シナリオファイルでの名前',
    value: '値',
    sensitivityIndex: '感度指標',
    muStar: 'μ*（効果の絶対値の平均）',
    sigma: 'σ（効果のばらつき）',
    s1: 'S1（一次）',
    st: 'ST（総合）',
    allScenarios: 'すべてのシナリオ',
    chooseScenario: 'シナリオ ',
    coverage: 'カバー率（注目する行のうち箱に入る割合）',
    density: '密度（箱の行のうち注目する行の割合）',
    mass: '質量（全行のうち箱に入る割合）',
    restrictedDimensions: '制限した次元の数',
    sampledRange: '標本範囲に占める位置',
    box: '箱',
    limits: '範囲',
    quasiP: '準p値',
    restricted: '制限あり',
  },
  charts: {
    [ChartName.Trajectories]: {
      title: '指標の推移',
      subtitle: '線：平均　帯：試行の90%　網掛け：支援期間',
      guide:
        '線は全地域合計の指標の試行平均で、色はシナリオを表します。帯は試行の90%が収まる範囲（5〜95パーセンタイル）' +
        'で、帯が広いほど試行ごとの結果のばらつきが大きいことを示します。網掛けは各シナリオで支援が行われている期間' +
        'です。支援が終わった後に指標がどう動くか（金の切れ目が縁の切れ目）に注目してください。',
    },
    [ChartName.ComparisonForest]: {
      title: 'ベースラインとの比較（施策の効果）',
      subtitle: '点：対応のある差の平均　線：95%信頼区間　塗りつぶし：補正後も有意',
      guide:
        '各行は、ある指標について比較シナリオとベースラインを、同じ乱数を使った試行どうしで比べた結果です。点は差の' +
        '平均（比較 − ベースライン）、横線は95%信頼区間です。区間がゼロの線をまたがなければ効果ははっきりしています。' +
        '塗りつぶした点は多重比較の補正後も有意な差です。目盛りは指標ごとに異なります。',
    },
    [ChartName.CostEffectiveness]: {
      title: '公的支出と成果（費用対効果）',
      subtitle: '小さな点：試行　ひし形：シナリオ平均　期間累計',
      guide:
        '小さな点は1回の試行で、期間累計の公的支出に対する累計の事業化件数（左）と関連収入（右）を示します。ひし形は' +
        'シナリオ平均です。左上ほど公的支出あたりの成果が大きいことを意味します。右図で破線より上の点は、公的支出を' +
        '上回る関連収入を生んだ試行です。',
    },
    [ChartName.DegreeDistribution]: {
      title: '連携ネットワークの次数分布',
      subtitle: '実行終了時、試行平均、両対数目盛り',
      guide:
        '実行終了時に各次数（連携数）を持つ主体の数を両対数目盛りで示します（試行平均）。右下がりの直線に近いほど' +
        '裾が重く、少数のハブが多くの連携を持ち、大半の主体の連携は少ないことを意味します。連携のない主体は表示して' +
        'いません（対数目盛りは正の値しか扱えないため）。',
    },
    [ChartName.NetworkHubs]: {
      title: 'ネットワークの結節点（ハブ）',
      subtitle: '実行終了時に媒介中心性が高い主体',
      guide:
        '実行終了時に媒介中心性が高い主体です。他の主体どうしを結ぶ最短経路の多くを通るため、これらが失われると' +
        'ネットワークは分断されます。色は主体の種類です。カーソルを合わせると次数とBurtの制約度が表示されます。' +
        '制約度が低いハブほど、互いにつながりのない集団を橋渡ししています（構造的空隙）。',
    },
    [ChartName.Sweep]: {
      title: 'パラメータ・スイープ',
      subtitle: '試行平均と95%信頼区間',
      guide:
        'スイープしたパラメータに対する成果の反応です。パラメータが1つの場合、線は平均、帯は95%信頼区間です。2つの' +
        '場合、各マスが1つの組合せで、色が平均を表します（カーソルで信頼区間を表示）。3つ目以降のパラメータはグラフ' +
        '下の選択欄で値を選べるので、再計算せずに施策を動かして成果の変化を確かめられます。',
    },
    [ChartName.SensitivityMorris]: {
      title: '感度分析（Morris法によるスクリーニング）',
      subtitle: 'μ*：指標が動く大きさ　σ：交互作用・非線形性',
      guide:
        '各指標にどのパラメータが効くかを示します。μ*は基本効果の絶対値の平均で、パラメータを動かしたときに指標が' +
        'どれだけ動くかを表します。σはその効果のばらつきで、μ*に比べて大きいときは他のパラメータとの交互作用や' +
        '非線形な効果を示唆します。μ*の大きい順に並べています。',
    },
    [ChartName.SensitivitySobol]: {
      title: '分散分解による感度分析（Sobol指数）',
      subtitle: 'S1：単独の寄与　ST：交互作用を含む寄与　誤差棒：95%信頼区間',
      guide:
        '各指標の分散のうち、各パラメータで説明される割合です。S1はそのパラメータ単独の寄与（一次）、STは交互作用を' +
        '含む寄与（総合）です。誤差棒は95%信頼区間です。STがS1を大きく上回るパラメータは、主に他のパラメータとの' +
        '組合せで効いています。',
    },
    [ChartName.RegionalBreakdown]: {
      title: '地域別の結果',
      subtitle: '試行平均、棒の色はシナリオ',
      guide: '地域ごとの指標の試行平均で、棒の色はシナリオです。同じパネルの中で地域を比べてください。目盛りは指標ごとに異なります。',
    },
    [ChartName.RegionalComparison]: {
      title: '地域別の施策効果',
      subtitle: '点：地域ごとの対応のある差の平均　線：95%信頼区間　塗りつぶし：補正後も有意',
      guide:
        '各行は1つの地域で、比較シナリオとベースラインの差（比較 − ベースライン）を、同じ乱数を使った試行どうしで' +
        '比べた結果です。横線は95%信頼区間で、ゼロの線をまたがなければその地域での効果ははっきりしています。' +
        '「隣の地域と連携すると自分の県は得をするか」をここで読み取れます。数値はcomparison-by-region.csvにあります。',
    },
    [ChartName.ScenarioDiscovery]: {
      title: 'シナリオ探索（PRIM）',
      subtitle: '左：剥ぎ取りの軌跡（点が1つの箱）　右：クリックした箱の範囲',
      guide:
        '施策とパラメータの空間のどこで条件が成り立つかを示します。PRIMは計画の全行を含む箱から少しずつ端を剥ぎ取る' +
        'ので、左の各点が1つの箱です。カバー率は条件が成り立つ全行のうち箱に入る割合、密度は箱の行のうち条件が' +
        '成り立つ割合で、曲線を上に進むほどカバー率と引き換えに密度が上がります。丸で囲んだ点が選ばれた箱（密度の' +
        'しきい値と貼り戻しの後）です。点をクリックすると右にその箱の範囲が表示され、各次元の標本範囲のうち箱が' +
        '残す部分を示します（濃い色：制限あり）。箱はこの計画で条件が起きやすい場所を示すもので、理由は示しません。' +
        '準p値（小さいほどその制限が意味を持つ）とモデルで確かめてください。',
    },
    [ChartName.AllocationFront]: {
      title: '予算配分：パレート最適な配分',
      subtitle: '対応のある試行の平均　線：95%信頼区間　点に重ねると費用とレバーを表示',
      guide:
        '各点は探索で残った予算配分の1つで、同じ乱数を使った試行での2つの目的の平均の位置にあります。線は平均の95%信頼区間で、' +
        '試行のばらつきだけを表します。パレート最適な配分どうしでは、どちらの目的でも他より優れた配分はありません。' +
        'どれを選ぶかは目的の間の兼ね合いの判断です。数値はfront.csvにあり、各配分はそのまま実行できるシナリオファイルです。',
    },
    [ChartName.RegretHeatmap]: {
      title: '較正済みパラメータ集合にわたる後悔',
      subtitle: '目的ごとに1つの図　行：配分　列：最善の配分ごとにまとめたパラメータ集合　セル：平均の後悔',
      guide:
        '後悔とは、較正で得たパラメータ集合の1つで、その集合での最善の配分と比べてどれだけ劣るかです。列はどの配分が最善かで' +
        '集合をまとめたものです。どの列でも色の薄い行は、不確かなパラメータがどうであっても最善から大きく離れない配分です。' +
        '期待値、10パーセンタイル、最大後悔の表はregret.csvと上の要約にあります。',
    },
  },
  page: {
    documentTitle: 'clustersim レポート',
    heading: '地域イノベーション・クラスター施策 シミュレーション結果',
    intro:
      '地域イノベーション・クラスター施策のエージェント・ベース・シミュレーションの結果です。各グラフは乱数シードを' +
      '固定した多数の試行をまとめたもので、帯や誤差棒は結果のばらつきと推定の不確かさを示します。グラフにカーソルを' +
      '合わせると正確な値が表示されます。',
    contents: '目次',
    aboutRun: '実行の概要',
    scenarios: 'シナリオ',
    masterSeed: 'マスターシード',
    replications: 'シナリオあたりの試行回数',
    version: 'clustersim バージョン',
    generatedFor: '提出先',
    readingGuide: 'グラフの見方',
    controlsHint: 'グラフ下の選択欄でシナリオやパラメータの値を選べます。',
    files: '各グラフはスライド用に、このファイルと同じ場所の charts フォルダーにも保存されています（各グラフの下のリンク）。',
    noScript: 'グラフの表示には JavaScript が必要です。charts フォルダーに SVG と PNG の版があります。',
    chartFailed: 'このグラフを表示できませんでした：',
    listSeparator: '、',
  },
};

/** The report's words in one language, with lookups that fall back to the raw name. */
export interface ReportLabels {
  readonly lang: Lang;
  readonly axis: Texts['axis'];
  readonly page: Texts['page'];
  chart(name: ChartName): ChartText;
  /** Indicator name with its unit, e.g. revenueJpyM → 関連収入（百万円）. */
  indicator(name: string): string;
  lever(name: string): string;
  agentKind(kind: string): string;
  /** A swept or screened parameter path such as `matchingFunds.budgetJpyM`, lever part translated. */
  parameter(path: string): string;
}

export function labelsFor(lang: Lang): ReportLabels {
  const texts = lang === 'ja' ? JA : EN;
  const own = (table: Record<string, string>, key: string) =>
    Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
  return {
    lang,
    axis: texts.axis,
    page: texts.page,
    chart: (name) => texts.charts[name],
    // Unknown names show as given: a new indicator must not break a committee's report.
    indicator: (name) => own(texts.indicators, name) ?? name,
    lever: (name) => own(texts.levers, name) ?? name,
    agentKind: (kind) => own(texts.agentKinds, kind) ?? kind,
    parameter: (path) => {
      const whole = own(texts.levers, path) ?? own(texts.indicators, path);
      if (whole) return whole;
      const parts = path.split('.');
      const at = parts.findIndex((part) => own(texts.levers, part) !== undefined);
      if (at < 0) return path;
      const rest = parts.slice(at + 1).join('.');
      const lever = own(texts.levers, parts[at])!;
      return rest ? `${lever}${lang === 'ja' ? '：' : ': '}${rest}` : lever;
    },
  };
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
