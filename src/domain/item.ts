/** The backlog item: its types, statuses, sources and the limits every client shares. */

export const itemTypes = ['story', 'bug', 'task', 'spike', 'enhancement', 'compliance'] as const;
export type ItemType = (typeof itemTypes)[number];

export const itemTypeLabels: Record<ItemType, string> = {
  story: 'User story',
  bug: 'Bug',
  task: 'Technical task',
  spike: 'Spike',
  enhancement: 'Enhancement',
  compliance: 'Compliance/legal',
};

export const itemStatuses = ['open', 'in_progress', 'on_hold', 'done'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const itemStatusLabels: Record<ItemStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  on_hold: 'On hold',
  done: 'Done',
};

/** Statuses a ranked backlog shows when no status filter is given. */
export const activeStatuses: readonly ItemStatus[] = ['open', 'in_progress', 'on_hold'];

export const itemSources = ['customer', 'internal', 'client_facing'] as const;
export type ItemSource = (typeof itemSources)[number];

export const itemSourceLabels: Record<ItemSource, string> = {
  customer: 'Customer',
  internal: 'Internal team',
  client_facing: 'Client-facing team',
};

export const linkKinds = ['duplicate_of', 'blocks', 'relates_to', 'parent'] as const;
export type LinkKind = (typeof linkKinds)[number];

/** Links that read the same from both ends: A relates to B is B relates to A. */
export const isSymmetricLink = (kind: string): boolean => kind === 'relates_to';

/**
 * An item's links seen from its side, each once: a symmetric link recorded both ways shows as the
 * one going out.
 */
export function linksOnce<Link extends { kind: string; key: string; direction: 'outgoing' | 'incoming' }>(
  links: readonly Link[],
): Link[] {
  const outgoing = new Set(links.filter((l) => l.direction === 'outgoing').map((l) => `${l.kind} ${l.key}`));
  return links.filter(
    (l) => l.direction === 'outgoing' || !isSymmetricLink(l.kind) || !outgoing.has(`${l.kind} ${l.key}`),
  );
}

/** Story-point scale offered by the clients; any whole number in range is accepted. */
export const estimateScale = [0, 1, 2, 3, 5, 8, 13, 20, 40, 100] as const;

export const limits = {
  titleLength: 200,
  textLength: 20_000,
  servesLength: 500,
  criterionLength: 1_000,
  criteriaCount: 50,
  tagLength: 40,
  tagCount: 20,
  estimateMax: 1_000,
  timeboxDaysMax: 60,
  holdReasonLength: 1_000,
  holdReasonRequired: true,
  requesterNameLength: 200,
  requestersCount: 200,
  commentLength: 20_000,
  searchLength: 200,
  pageSize: 100,
  pageSizeMax: 500,
  moveReasonLength: 500,
  productKeyPattern: /^[A-Z][A-Z0-9]{1,9}$/,
  productNameLength: 100,
  /** NIST SP 800-63B-4, for a password that is the only factor: at least 15, and long
   * passphrases welcome (it asks that at least 64 be allowed). */
  passwordMinLength: 15,
  passwordMaxLength: 256,
  emailLength: 254,
  personNameLength: 100,
  webhookUrlLength: 2_000,
  webhookDescriptionLength: 500,
  webhooksPerScope: 20,
} as const;

export interface AcceptanceCriterion {
  text: string;
  done: boolean;
}

/** Tags are compared and stored lower-case, trimmed, without duplicates, in the order given. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = raw.trim().toLowerCase().replace(/\s+/g, '-');
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** `PAY-142` → `{ productKey: 'PAY', number: 142 }`, or null when it is not a key. */
export function parseItemKey(key: string): { productKey: string; number: number } | null {
  const match = /^([A-Z][A-Z0-9]{1,9})-(\d{1,9})$/.exec(key.toUpperCase());
  if (!match?.[1] || !match[2]) return null;
  return { productKey: match[1], number: Number(match[2]) };
}

export function itemKey(productKey: string, number: number): string {
  return `${productKey}-${number}`;
}
