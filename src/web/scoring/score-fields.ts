import type { ItemChanges, ItemDetail } from '../../client/ordo-client.ts';
import { type Moscow, type riceImpacts, riceScore, wsjfScore } from '../../domain/scoring.ts';

/** The WSJF and RICE parts as typed into the item page's inputs. */
export interface WsjfDraft {
  businessValue: string;
  timeCriticality: string;
  riskReduction: string;
  jobSize: string;
}

export interface RiceDraft {
  reach: string;
  impact: string;
  confidence: string;
  effort: string;
}

export const wsjfParts: { name: keyof WsjfDraft; label: string; hint: string }[] = [
  { name: 'businessValue', label: 'Business value', hint: 'Value to users and the business' },
  { name: 'timeCriticality', label: 'Time criticality', hint: 'How value decays with delay' },
  { name: 'riskReduction', label: 'Risk reduction', hint: 'Risk it removes, options it opens' },
  { name: 'jobSize', label: 'Job size', hint: 'Relative size of the work' },
];

export const riceImpactLabels: Record<(typeof riceImpacts)[number], string> = {
  0.25: 'Minimal (0.25)',
  0.5: 'Low (0.5)',
  1: 'Medium (1)',
  2: 'High (2)',
  3: 'Massive (3)',
};

export const moscowLabels: Record<Moscow, string> = {
  must: 'Must have',
  should: 'Should have',
  could: 'Could have',
  wont: 'Won’t have (this time)',
};

const asText = (value: number | null) => (value === null ? '' : String(value));
const asNumber = (text: string) => (text.trim() === '' ? null : Number(text));

export const wsjfDraftOf = ({ wsjf }: Pick<ItemDetail, 'wsjf'>): WsjfDraft => ({
  businessValue: asText(wsjf.businessValue),
  timeCriticality: asText(wsjf.timeCriticality),
  riskReduction: asText(wsjf.riskReduction),
  jobSize: asText(wsjf.jobSize),
});

export const wsjfChanges = (draft: WsjfDraft): ItemChanges => ({
  wsjf: {
    businessValue: asNumber(draft.businessValue),
    timeCriticality: asNumber(draft.timeCriticality),
    riskReduction: asNumber(draft.riskReduction),
    jobSize: asNumber(draft.jobSize),
  },
});

export const riceDraftOf = ({ rice }: Pick<ItemDetail, 'rice'>): RiceDraft => ({
  reach: asText(rice.reach),
  impact: asText(rice.impact),
  confidence: asText(rice.confidence),
  effort: asText(rice.effort),
});

export const riceChanges = (draft: RiceDraft): ItemChanges => ({
  rice: {
    reach: asNumber(draft.reach),
    impact: asNumber(draft.impact) as (typeof riceImpacts)[number] | null,
    confidence: asNumber(draft.confidence),
    effort: asNumber(draft.effort),
  },
});

/** The score a draft would give, while it is typed (null until every part is there). */
export const wsjfDraftScore = (draft: WsjfDraft) => {
  const { wsjf } = wsjfChanges(draft);
  return wsjf
    ? wsjfScore({ businessValue: null, timeCriticality: null, riskReduction: null, jobSize: null, ...wsjf })
    : null;
};

export const riceDraftScore = (draft: RiceDraft) => {
  const { rice } = riceChanges(draft);
  return rice ? riceScore({ reach: null, impact: null, confidence: null, effort: null, ...rice }) : null;
};
