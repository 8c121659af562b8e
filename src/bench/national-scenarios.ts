// Generated national scenarios for the scaling bench (scenarios/bench/national-*.yaml): Japan's 47
// prefectures (the 8 wide-area blocks at the smallest size), every region the same size and mix of
// agents, scaled to a total, with the budget per region scaled to its SMEs so that the model does
// the same work per agent at every size and time per agent-step is comparable across sizes.

/** Prefecture: id, English and Japanese names, wide-area block, population in millions (2020, rounded). */
type Prefecture = readonly [id: string, nameEn: string, nameJa: string, block: string, populationM: number, fields: string];

// Fields: the prefecture's leading industries, first the largest ("field:weight" pairs).
const PREFECTURES: readonly Prefecture[] = [
  ['hokkaido', 'Hokkaido', '北海道', 'hokkaido', 5.22, 'food:0.5 bio:0.3 it:0.2'],
  ['aomori', 'Aomori', '青森', 'tohoku', 1.24, 'food:0.6 energy:0.4'],
  ['iwate', 'Iwate', '岩手', 'tohoku', 1.21, 'devices:0.5 manufacturing:0.3 food:0.2'],
  ['miyagi', 'Miyagi', '宮城', 'tohoku', 2.3, 'devices:0.4 materials:0.4 medical:0.2'],
  ['akita', 'Akita', '秋田', 'tohoku', 0.96, 'energy:0.5 devices:0.3 food:0.2'],
  ['yamagata', 'Yamagata', '山形', 'tohoku', 1.07, 'materials:0.5 food:0.3 devices:0.2'],
  ['fukushima', 'Fukushima', '福島', 'tohoku', 1.83, 'energy:0.5 medical:0.3 manufacturing:0.2'],
  ['ibaraki', 'Ibaraki', '茨城', 'kanto', 2.87, 'materials:0.4 bio:0.3 manufacturing:0.3'],
  ['tochigi', 'Tochigi', '栃木', 'kanto', 1.93, 'manufacturing:0.5 medical:0.3 food:0.2'],
  ['gunma', 'Gunma', '群馬', 'kanto', 1.94, 'manufacturing:0.6 food:0.4'],
  ['saitama', 'Saitama', '埼玉', 'kanto', 7.34, 'manufacturing:0.4 medical:0.3 food:0.3'],
  ['chiba', 'Chiba', '千葉', 'kanto', 6.28, 'materials:0.4 bio:0.3 food:0.3'],
  ['tokyo', 'Tokyo', '東京', 'kanto', 14.05, 'it:0.4 medical:0.3 devices:0.3'],
  ['kanagawa', 'Kanagawa', '神奈川', 'kanto', 9.24, 'it:0.4 manufacturing:0.3 materials:0.3'],
  ['niigata', 'Niigata', '新潟', 'chubu', 2.2, 'manufacturing:0.5 food:0.5'],
  ['toyama', 'Toyama', '富山', 'chubu', 1.03, 'medical:0.5 materials:0.3 manufacturing:0.2'],
  ['ishikawa', 'Ishikawa', '石川', 'chubu', 1.13, 'manufacturing:0.5 devices:0.3 medical:0.2'],
  ['fukui', 'Fukui', '福井', 'chubu', 0.77, 'materials:0.5 energy:0.3 manufacturing:0.2'],
  ['yamanashi', 'Yamanashi', '山梨', 'chubu', 0.81, 'devices:0.5 food:0.3 manufacturing:0.2'],
  ['nagano', 'Nagano', '長野', 'chubu', 2.05, 'manufacturing:0.45 materials:0.35 devices:0.2'],
  ['gifu', 'Gifu', '岐阜', 'chubu', 1.98, 'manufacturing:0.5 it:0.3 medical:0.2'],
  ['shizuoka', 'Shizuoka', '静岡', 'chubu', 3.63, 'devices:0.4 manufacturing:0.4 food:0.2'],
  ['aichi', 'Aichi', '愛知', 'chubu', 7.54, 'manufacturing:0.5 materials:0.3 devices:0.2'],
  ['mie', 'Mie', '三重', 'kinki', 1.77, 'devices:0.4 materials:0.4 food:0.2'],
  ['shiga', 'Shiga', '滋賀', 'kinki', 1.41, 'materials:0.5 medical:0.3 manufacturing:0.2'],
  ['kyoto', 'Kyoto', '京都', 'kinki', 2.58, 'materials:0.4 it:0.3 medical:0.3'],
  ['osaka', 'Osaka', '大阪', 'kinki', 8.84, 'medical:0.4 manufacturing:0.3 bio:0.3'],
  ['hyogo', 'Hyogo', '兵庫', 'kinki', 5.47, 'medical:0.4 manufacturing:0.4 materials:0.2'],
  ['nara', 'Nara', '奈良', 'kinki', 1.32, 'medical:0.5 food:0.5'],
  ['wakayama', 'Wakayama', '和歌山', 'kinki', 0.92, 'food:0.6 materials:0.4'],
  ['tottori', 'Tottori', '鳥取', 'chugoku', 0.55, 'food:0.6 devices:0.4'],
  ['shimane', 'Shimane', '島根', 'chugoku', 0.67, 'materials:0.5 food:0.5'],
  ['okayama', 'Okayama', '岡山', 'chugoku', 1.89, 'materials:0.5 medical:0.3 food:0.2'],
  ['hiroshima', 'Hiroshima', '広島', 'chugoku', 2.8, 'manufacturing:0.5 bio:0.3 medical:0.2'],
  ['yamaguchi', 'Yamaguchi', '山口', 'chugoku', 1.34, 'materials:0.6 energy:0.4'],
  ['tokushima', 'Tokushima', '徳島', 'shikoku', 0.72, 'medical:0.5 devices:0.3 food:0.2'],
  ['kagawa', 'Kagawa', '香川', 'shikoku', 0.95, 'food:0.4 bio:0.4 medical:0.2'],
  ['ehime', 'Ehime', '愛媛', 'shikoku', 1.33, 'materials:0.5 food:0.3 manufacturing:0.2'],
  ['kochi', 'Kochi', '高知', 'shikoku', 0.69, 'food:0.6 bio:0.4'],
  ['fukuoka', 'Fukuoka', '福岡', 'kyushu', 5.14, 'devices:0.4 it:0.3 manufacturing:0.3'],
  ['saga', 'Saga', '佐賀', 'kyushu', 0.81, 'food:0.5 materials:0.5'],
  ['nagasaki', 'Nagasaki', '長崎', 'kyushu', 1.31, 'manufacturing:0.5 energy:0.5'],
  ['kumamoto', 'Kumamoto', '熊本', 'kyushu', 1.74, 'devices:0.6 food:0.4'],
  ['oita', 'Oita', '大分', 'kyushu', 1.12, 'devices:0.4 materials:0.4 energy:0.2'],
  ['miyazaki', 'Miyazaki', '宮崎', 'kyushu', 1.07, 'food:0.5 medical:0.5'],
  ['kagoshima', 'Kagoshima', '鹿児島', 'kyushu', 1.59, 'food:0.6 devices:0.4'],
  ['okinawa', 'Okinawa', '沖縄', 'kyushu', 1.47, 'it:0.5 bio:0.3 food:0.2'],
];

const BLOCKS: readonly (readonly [id: string, nameEn: string, nameJa: string])[] = [
  ['hokkaido', 'Hokkaido', '北海道'], ['tohoku', 'Tohoku', '東北'], ['kanto', 'Kanto', '関東'], ['chubu', 'Chubu', '中部'],
  ['kinki', 'Kinki', '近畿'], ['chugoku', 'Chugoku', '中国'], ['shikoku', 'Shikoku', '四国'], ['kyushu', 'Kyushu-Okinawa', '九州・沖縄'],
];

/** The bench sizes: file stem and total agents at the start. */
export const NATIONAL_SIZES = [
  { name: 'national-1k5', agents: 1_500, quarters: 40 },
  { name: 'national-15k', agents: 15_000, quarters: 40 },
  { name: 'national-150k', agents: 150_000, quarters: 40 },
  { name: 'national-1m', agents: 1_000_000, quarters: 40 },
] as const;

/** Below this many agents per prefecture the 8 wide-area blocks are the regions instead. */
const MIN_AGENTS_PER_PREFECTURE = 250;
/** SMEs among all agents, as in the baseline (1,420 of 1,461). */
const SME_SHARE = 0.971;
/** The baseline's programme: 125 million yen a quarter for a region of about 473 SMEs. */
const BUDGET_PER_SME_QUARTER_JPY_M = 125 / 473;

interface RegionSpec {
  id: string;
  nameEn: string;
  nameJa: string;
  block: string;
  populationM: number;
  fields: Map<string, number>;
}

function parseFields(text: string): Map<string, number> {
  return new Map(text.split(' ').map((pair) => {
    const [field, weight] = pair.split(':');
    return [field, Number(weight)] as const;
  }));
}

function regionsFor(totalAgents: number): RegionSpec[] {
  const prefectures = PREFECTURES.map(([id, nameEn, nameJa, block, populationM, fields]) => ({ id, nameEn, nameJa, block, populationM, fields: parseFields(fields) }));
  if (totalAgents / prefectures.length >= MIN_AGENTS_PER_PREFECTURE) return prefectures;
  // Blocks: population summed, fields weighted by the prefectures' populations.
  return BLOCKS.map(([id, nameEn, nameJa]) => {
    const members = prefectures.filter((p) => p.block === id);
    const fields = new Map<string, number>();
    let populationM = 0;
    for (const member of members) {
      populationM += member.populationM;
      for (const [field, weight] of member.fields) fields.set(field, (fields.get(field) ?? 0) + weight * member.populationM);
    }
    for (const [field, weight] of fields) fields.set(field, Math.round((1000 * weight) / populationM) / 1000);
    return { id, nameEn, nameJa, block: id, populationM, fields };
  });
}

/** Agents of one region with `smes` SMEs, in the baseline's proportions (at least one of each service). */
export function regionAgents(smes: number) {
  return {
    universities: Math.max(1, Math.round(smes / 200)),
    publicInstitutes: Math.round(smes / 280),
    smes,
    coreFirms: Math.max(1, Math.round(smes / 200)),
    banks: Math.max(1, Math.round(smes / 140)),
    programmeCoordinators: Math.max(1, Math.round(smes / 160)),
    localCoordinators: Math.max(1, Math.round(smes / 470)),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The scenario file's text for a national scenario of about `totalAgents` agents. */
export function nationalScenarioYaml(name: string, totalAgents: number, quarters: number): string {
  const regions = regionsFor(totalAgents);
  const smes = Math.round((totalAgents * SME_SHARE) / regions.length);
  const agents = regionAgents(smes);
  const perRegion = Object.values(agents).reduce((a, b) => a + b, 0);
  const budget = round2(smes * BUDGET_PER_SME_QUARTER_JPY_M);
  // Potentials rise with the (log) population: large prefectures have more universities, industry and buyers.
  const logs = regions.map((r) => Math.log(r.populationM));
  const lo = Math.min(...logs);
  const hi = Math.max(...logs);
  const lines = [
    '# yaml-language-server: $schema=../../out/scenario.schema.json',
    '# Generated by src/bench/generate-national.ts (node dist/src/bench/generate-national.js); do not edit.',
    `# A national scenario for the scaling bench: ${regions.length} regions of ${perRegion} agents each,`,
    '# the baseline\'s mix of agents and its programme budget per SME, so every size does the same work per agent.',
    `name: ${name}`,
    'description: >-',
    `  Benchmark national scenario: ${regions.length} ${regions.length === PREFECTURES.length ? 'prefectures' : 'wide-area blocks'}, ${(perRegion * regions.length).toLocaleString('en')} agents,`,
    `  one five-year programme of ${budget} million yen per region per quarter, ${quarters} quarters.`,
    `horizonQuarters: ${quarters}`,
    `replications: ${totalAgents >= 100_000 ? 1 : 10}`,
    'seed: 20260401',
    'regions:',
  ];
  regions.forEach((region, i) => {
    const s = hi > lo ? (logs[i] - lo) / (hi - lo) : 0.5;
    const clusterType = s > 0.7 ? 'fusion' : s > 0.4 ? 'renewal' : 'untapped';
    const fields = [...region.fields].map(([f, w]) => `${f}: ${w}`).join(', ');
    const counts = Object.entries(agents).map(([k, v]) => `${k}: ${v}`).join(', ');
    lines.push(
      `  - { id: ${region.id}, nameEn: "${region.nameEn}", nameJa: "${region.nameJa}", clusterType: ${clusterType}, block: ${region.block},`,
      `      academicPotential: ${round2(0.3 + 0.4 * s)}, industrialPotential: ${round2(0.3 + 0.4 * s)}, marketAccess: ${round2(0.3 + 0.35 * s)}, talentSupply: ${round2(0.25 + 0.35 * s)},`,
      `      fields: { ${fields} },`,
      `      agents: { ${counts} } }`,
    );
  });
  lines.push(
    'policy:',
    '  programme:',
    '    startQuarter: 0',
    '    lengthQuarters: 20',
    `    budgetPerRegionQuarterJpyM: ${budget}`,
  );
  return lines.join('\n') + '\n';
}
