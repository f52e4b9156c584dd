import type { Product, ProductChanges, StaleCandidate } from '../../client/ordo-client.ts';
import { type ItemType, itemTypeLabels, itemTypes, limits } from '../../domain/item.ts';
import { parseTags } from '../items/parse-tags.ts';
import { listInWords } from '../refinement/readiness/readiness-text.ts';
import { quartersWords } from './signal-words.ts';

/** The stale rule: its settings as a form holds them, the PATCH they make, and the rule in words. */

export type StaleRule = Product['staleRule'];

export interface StaleRuleForm {
  quarters: string;
  isAutomatic: boolean;
  /** As typed: comma-separated. */
  exemptTags: string;
  exemptTypes: ItemType[];
  timeZone: string;
}

export const quartersMin = 1;
export const quartersMax = 8;

const knownTypes = (types: readonly string[]): ItemType[] => itemTypes.filter((type) => types.includes(type));

export function formFromProduct(product: Pick<Product, 'staleRule' | 'timeZone'>): StaleRuleForm {
  return {
    quarters: String(product.staleRule.quarters),
    isAutomatic: product.staleRule.isAutomatic,
    exemptTags: product.staleRule.exemptTags.join(', '),
    exemptTypes: knownTypes(product.staleRule.exemptTypes),
    timeZone: product.timeZone,
  };
}

export type StaleRuleField = 'quarters' | 'exemptTags' | 'timeZone';

/** The PATCH body for the form, or what is wrong with it, field by field (the server's bounds). */
export function payloadFromForm(
  form: StaleRuleForm,
  zones: readonly string[],
): { payload: ProductChanges } | { problems: Partial<Record<StaleRuleField, string>> } {
  const problems: Partial<Record<StaleRuleField, string>> = {};
  const quarters = Number(form.quarters.trim());
  if (
    form.quarters.trim() === '' ||
    !Number.isInteger(quarters) ||
    quarters < quartersMin ||
    quarters > quartersMax
  )
    problems.quarters = `A whole number of quarters from ${quartersMin} to ${quartersMax}`;
  const exemptTags = parseTags(form.exemptTags);
  if (exemptTags.length > limits.tagCount) problems.exemptTags = `At most ${limits.tagCount} tags`;
  else if (exemptTags.some((tag) => tag.length > limits.tagLength))
    problems.exemptTags = `A tag has at most ${limits.tagLength} characters`;
  if (!zones.includes(form.timeZone)) problems.timeZone = 'Choose a time zone from the list';
  if (Object.keys(problems).length > 0) return { problems };
  return {
    payload: {
      timeZone: form.timeZone,
      staleRule: {
        quarters,
        isAutomatic: form.isAutomatic,
        exemptTags,
        exemptTypes: knownTypes(form.exemptTypes),
      },
    },
  };
}

/**
 * The time zones to choose from: the browser's IANA names, with UTC (which the list leaves out)
 * first and the product's own zone kept even when the browser does not know it.
 */
export function zoneChoices(current: string, supported: readonly string[]): string[] {
  const others = [...new Set([current, ...supported])].filter((zone) => zone !== 'UTC').sort();
  return ['UTC', ...others];
}

/** The browser's IANA time zone names (none when it cannot list them). */
export function supportedZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The rule as one sentence: what it archives, what it spares, when it runs. */
export function ruleSentence(rule: StaleRule, timeZone: string): string {
  const exempt = [
    ...knownTypes(rule.exemptTypes).map((type) => `${itemTypeLabels[type].toLowerCase()} items`),
    ...rule.exemptTags.map((tag) => `items tagged “${tag}”`),
  ];
  return [
    `Archives items nobody touched or discussed in ${quartersWords(rule.quarters)} (quarters in ${timeZone}).`,
    exempt.length ? `Spares ${listInWords(exempt)}.` : 'Spares nothing by type or tag.',
    rule.isAutomatic ? 'Runs by itself when a quarter turns.' : 'Runs when you apply it.',
  ].join(' ');
}

/** The keys to keep out of a run: the candidates (of this dry run) the person unticked. */
export const keptKeys = (candidates: readonly StaleCandidate[], unticked: ReadonlySet<string>): string[] =>
  candidates.filter((candidate) => unticked.has(candidate.key)).map((candidate) => candidate.key);
