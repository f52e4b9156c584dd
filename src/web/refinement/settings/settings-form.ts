import type { Product, ProductChanges } from '../../../client/ordo-client.ts';
import type { DefinitionOfReady } from '../../../domain/readiness.ts';

/** The refinement settings as the form holds them: numbers and dates as typed. */
export interface SettingsForm {
  definitionOfReady: Omit<DefinitionOfReady, 'minCriteria'> & { minCriteria: string };
  splitThreshold: string;
  refuseUnreadyCommitment: boolean;
  refinementCadenceDays: 7 | 14;
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone (an `<input type="datetime-local">`), or ''. */
  nextRefinementAt: string;
  velocityPoints: string;
}

export type SettingsField = 'minCriteria' | 'splitThreshold' | 'nextRefinementAt' | 'velocityPoints';

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as a `datetime-local` value in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formFromProduct(product: Product): SettingsForm {
  return {
    definitionOfReady: {
      ...product.definitionOfReady,
      custom: product.definitionOfReady.custom.map((check) => ({ ...check })),
      minCriteria: String(product.definitionOfReady.minCriteria),
    },
    splitThreshold: String(product.splitThreshold),
    refuseUnreadyCommitment: product.refuseUnreadyCommitment,
    refinementCadenceDays: product.refinementCadenceDays,
    nextRefinementAt: toLocalInput(product.nextRefinementAt),
    velocityPoints: product.velocityPoints === null ? '' : String(product.velocityPoints),
  };
}

const wholeNumber = (text: string, min: number, max: number) => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
};

/**
 * The PATCH body for the form, or what is wrong with it, field by field (the same bounds the
 * server checks, so a person hears about them before saving).
 */
export function payloadFromForm(
  form: SettingsForm,
): { payload: ProductChanges } | { problems: Partial<Record<SettingsField, string>> } {
  const problems: Partial<Record<SettingsField, string>> = {};
  const minCriteria = wholeNumber(form.definitionOfReady.minCriteria, 0, 20);
  if (minCriteria === null) problems.minCriteria = 'A whole number from 0 to 20';
  const splitThreshold = wholeNumber(form.splitThreshold, 1, 1000);
  if (splitThreshold === null) problems.splitThreshold = 'A whole number of points from 1 to 1000';
  const velocity = form.velocityPoints.trim() === '' ? null : wholeNumber(form.velocityPoints, 1, 10_000);
  if (form.velocityPoints.trim() !== '' && velocity === null)
    problems.velocityPoints = 'A whole number of points from 1 to 10000, or blank';
  const next = form.nextRefinementAt ? new Date(form.nextRefinementAt) : null;
  if (next && Number.isNaN(next.getTime())) problems.nextRefinementAt = 'A date and time';
  if (Object.keys(problems).length > 0) return { problems };
  return {
    payload: {
      definitionOfReady: { ...form.definitionOfReady, minCriteria: minCriteria ?? 0 },
      splitThreshold: splitThreshold ?? 1,
      refuseUnreadyCommitment: form.refuseUnreadyCommitment,
      refinementCadenceDays: form.refinementCadenceDays,
      nextRefinementAt: next ? next.toISOString() : null,
      velocityPoints: velocity,
    },
  };
}

/**
 * The id of a new custom check, made from its label: lower-case words joined by dashes, made
 * unique among the existing ids ("Designs reviewed" → "designs-reviewed", then "designs-reviewed-2").
 */
export function checkIdFor(label: string, existing: readonly string[]): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 36)
      .replace(/-+$/, '') || 'check';
  let id = base;
  for (let n = 2; existing.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/** What stops a new custom check from being added: its label or its id (blank id: made from the label). */
export function newCheckProblems(
  checks: DefinitionOfReady['custom'],
  label: string,
  id: string,
): { label?: string; id?: string } {
  const problems: { label?: string; id?: string } = {};
  const wanted = label.trim().toLowerCase();
  if (wanted && checks.some((check) => check.label.trim().toLowerCase() === wanted))
    problems.label = 'There is already a check with this label';
  if (id && !/^[a-z0-9-]{1,40}$/.test(id)) problems.id = 'Lower-case letters, digits and dashes';
  else if (id && checks.some((check) => check.id === id)) problems.id = 'Another check has this id';
  return problems;
}
