// The labels module: every indicator, lever and agent kind the model reports has an English and a
// Japanese name (MODEL.md's terms), money carries its unit, and unknown names pass through.
import { describe, expect, it } from 'vitest';
import { CHART_NAMES } from '../../src/report/chart-names.js';
import { isLang, labelsFor } from '../../src/report/labels.js';

const INDICATORS = [
  'patentsDomestic', 'patentsOverseas', 'papersDomestic', 'papersOverseas', 'commercializations', 'startups',
  'revenueJpyM', 'participatingInstitutions', 'publicSpendJpyM', 'privateSpendJpyM', 'loansJpyM', 'linksTotal',
  'linksCrossRegion', 'linksAcademiaIndustry', 'meanDegree', 'clustering', 'largestComponentShare', 'activeProjects',
  'stalledProjects', 'abandonedProjects', 'failedProjects', 'unusedSeeds', 'activeCoordinators', 'smesAlive',
  'sustainability', 'budgetAvailableJpyM', 'budgetSpentJpyM', 'budgetUnspentJpyM', 'publicSpendProjectsJpyM',
  'publicSpendCoordinatorsJpyM', 'publicSpendTalentJpyM', 'publicSpendManagersJpyM', 'publicSpendPlatformJpyM',
  'publicSpendResearchersJpyM', 'publicSpendOtherJpyM', 'localGovernmentSpendJpyM', 'researchersEmployed', 'rdFromMarginsJpyM',
  'prototypes', 'products', 'ventureInvestmentJpyM',
];
const LEVERS = ['continuity', 'wideArea', 'matchingFunds', 'externalTalent', 'bankHub', 'projectManager', 'coreInstitution', 'coreFirmSupport', 'localGovernment', 'ventures'];
const KINDS = ['university', 'publicInstitute', 'sme', 'coreFirm', 'bank', 'coordinator'];
const FULL_WIDTH = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('labels', () => {
  const en = labelsFor('en');
  const ja = labelsFor('ja');

  it('name every indicator, lever and agent kind in both languages', () => {
    for (const name of INDICATORS) {
      expect(en.indicator(name), name).not.toBe(name);
      expect(ja.indicator(name), name).toMatch(FULL_WIDTH);
    }
    for (const name of LEVERS) {
      expect(en.lever(name), name).not.toBe(name);
      expect(ja.lever(name), name).toMatch(FULL_WIDTH);
    }
    for (const kind of KINDS) expect(ja.agentKind(kind), kind).toMatch(FULL_WIDTH);
  });

  it("use MODEL.md's Japanese terms", () => {
    expect(ja.indicator('patentsDomestic')).toContain('特許出願');
    expect(ja.indicator('papersOverseas')).toContain('論文');
    expect(ja.indicator('commercializations')).toBe('事業化件数');
    expect(ja.indicator('startups')).toBe('起業数');
    expect(ja.indicator('revenueJpyM')).toContain('関連収入');
    expect(ja.indicator('participatingInstitutions')).toBe('参加機関数');
    expect(ja.indicator('publicSpendJpyM')).toContain('公的支出');
    expect(ja.indicator('privateSpendJpyM')).toContain('民間支出');
    expect(ja.indicator('linksTotal')).toContain('連携');
    expect(ja.lever('continuity')).toBe('継続性');
    expect(ja.lever('wideArea')).toBe('広域連携');
    expect(ja.lever('matchingFunds')).toBe('マッチングファンド');
    expect(ja.lever('externalTalent')).toBe('域外人材');
    expect(ja.agentKind('publicInstitute')).toBe('公設試');
  });

  it('put the unit in every money label', () => {
    for (const name of INDICATORS.filter((indicator) => indicator.endsWith('JpyM'))) {
      expect(ja.indicator(name), name).toContain('（百万円）');
      expect(en.indicator(name), name).toContain('(JPY million)');
    }
  });

  it('translate the lever part of parameter paths and pass unknown names through', () => {
    expect(en.parameter('matchingFunds.budgetJpyM')).toBe('Matching funds: budgetJpyM');
    expect(ja.parameter('policy.wideArea.reach')).toBe('広域連携：reach');
    expect(ja.parameter('bankHub')).toBe('信金をハブに');
    expect(en.parameter('seed.quality')).toBe('seed.quality');
    expect(en.indicator('newIndicator')).toBe('newIndicator');
    expect(ja.indicator('toString')).toBe('toString');
  });

  it('title and explain every chart in both languages', () => {
    for (const name of CHART_NAMES) {
      for (const labels of [en, ja]) {
        const text = labels.chart(name);
        expect(text.title.length, name).toBeGreaterThan(3);
        expect(text.guide.length, name).toBeGreaterThan(40);
      }
      expect(ja.chart(name).guide).toMatch(FULL_WIDTH);
      expect(en.chart(name).guide).not.toMatch(FULL_WIDTH);
    }
  });

  it('accept only en and ja', () => {
    expect(isLang('ja')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
});
