// What a region's cluster type 5類型 means: the defaults of its potentials, market access and talent
// supply when the scenario does not give them, from the review of Tokachi, Kobe, Kitakyushu and Nagano
// (what each type is short of). A region without a type gets the neutral 0.5 for each; values the
// scenario gives always win, so every shipped scenario keeps its explicit numbers.
import { CLUSTER_TYPES } from '../model/vocabulary.js';

export type ClusterType = (typeof CLUSTER_TYPES)[number];

export interface RegionPotentials {
  academicPotential: number;
  industrialPotential: number;
  marketAccess: number;
  talentSupply: number;
}

/** Neutral values for a region with no cluster type. */
export const NEUTRAL_POTENTIALS: RegionPotentials = { academicPotential: 0.5, industrialPotential: 0.5, marketAccess: 0.5, talentSupply: 0.5 };

/**
 * Defaults by type (shares in [0, 1]):
 * - untapped 地域ポテンシャル未開発型 (Tokachi food): short of talent and sales channels — low talent
 *   supply and market access, industry weaker than research;
 * - renewal リニューアル型 (Nagano): an existing industry to inject technology into — industrial
 *   potential high, research middling;
 * - fusion 異分野融合型 (Kitakyushu sensors → health): two existing fields to link — both potentials
 *   fairly high;
 * - transplant 移植・融合型 (Kitakyushu semiconductor design): firms and universities to attract from
 *   outside — both potentials and talent low;
 * - frontier フロンティア開拓型 (Kobe medicine): new everywhere — strong research, weak industry in the field.
 */
export const CLUSTER_TYPE_DEFAULTS: Record<ClusterType, RegionPotentials> = {
  untapped: { academicPotential: 0.4, industrialPotential: 0.3, marketAccess: 0.3, talentSupply: 0.2 },
  renewal: { academicPotential: 0.5, industrialPotential: 0.7, marketAccess: 0.5, talentSupply: 0.5 },
  fusion: { academicPotential: 0.6, industrialPotential: 0.6, marketAccess: 0.5, talentSupply: 0.5 },
  transplant: { academicPotential: 0.4, industrialPotential: 0.4, marketAccess: 0.5, talentSupply: 0.35 },
  frontier: { academicPotential: 0.8, industrialPotential: 0.35, marketAccess: 0.5, talentSupply: 0.6 },
};

/** The region with every potential it does not give taken from its cluster type (neutral without one). */
export function withClusterTypeDefaults<R extends { clusterType?: ClusterType } & Partial<RegionPotentials>>(region: R): Omit<R, keyof RegionPotentials> & RegionPotentials {
  const defaults = region.clusterType === undefined ? NEUTRAL_POTENTIALS : CLUSTER_TYPE_DEFAULTS[region.clusterType];
  return {
    ...region,
    academicPotential: region.academicPotential ?? defaults.academicPotential,
    industrialPotential: region.industrialPotential ?? defaults.industrialPotential,
    marketAccess: region.marketAccess ?? defaults.marketAccess,
    talentSupply: region.talentSupply ?? defaults.talentSupply,
  };
}
