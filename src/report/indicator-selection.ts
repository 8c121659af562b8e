// Which indicators a multi-panel chart shows: the caller's choice, else every indicator when there
// are few, else the headline outcomes a committee asks for first (MODEL.md §7).
import { distinct } from './record-values.js';

export const HEADLINE_INDICATORS = [
  'commercializations',
  'startups',
  'revenueJpyM',
  'patentsDomestic',
  'papersDomestic',
  'participatingInstitutions',
  'linksAcademiaIndustry',
  'activeProjects',
] as const;

/** Panels beyond this become unreadable on a slide. */
export const MAX_DEFAULT_PANELS = HEADLINE_INDICATORS.length;

export function selectIndicators(present: Iterable<string>, requested?: readonly string[]): string[] {
  const available = distinct(present);
  if (requested && requested.length > 0) return requested.filter((name) => available.includes(name));
  if (available.length <= MAX_DEFAULT_PANELS) return available;
  const headline = HEADLINE_INDICATORS.filter((name) => available.includes(name));
  return headline.length > 0 ? headline : available.slice(0, MAX_DEFAULT_PANELS);
}
