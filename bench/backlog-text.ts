/**
 * Realistic, varied backlog text from small word lists, so full-text search has real work:
 * a few words are common (in thousands of items), most are rarer, as in a real backlog.
 */

/** Word lists as text, one entry per `|`, so they stay compact. */
const list = (text: string) => text.split('|');

const verbs = list(
  'Add|Fix|Improve|Show|Export|Import|Allow|Support|Remove|Speed up|Validate|Sync|Notify about|Archive|' +
    'Filter|Sort|Preview|Audit|Migrate|Retry',
);

const objects = list(
  'invoice|payment|refund|customer|report|dashboard|subscription|receipt|account|checkout|discount|currency|' +
    'reminder|webhook|statement|export|ledger|tax|vat|payout|transfer|card|bank|reconciliation|budget|expense|' +
    'quote|order|catalogue|supplier|contract|signature|notification|password|session|permission|role|team|' +
    'calendar|timesheet|attachment|template|language|timezone|search|filter|backup|integration|api|token|' +
    'mobile|offline|printing|pdf|csv|spreadsheet|chart|forecast|inventory|shipping|label|barcode|warehouse|' +
    'return|dispute|chargeback|onboarding|trial|upgrade|billing|plan|coupon|loyalty|gift|voucher|wallet',
);

const qualifiers = list(
  'for small businesses|in the mobile app|on the dashboard|for accountants|by email|for overdue invoices|' +
    'across currencies|in bulk|on the PDF|for new customers|after a failed payment|per team|' +
    'from the bank feed|in the monthly report|with partial refunds|for EU customers|before month end|' +
    'for recurring plans|on slow connections|for admins',
);

const problemWords = list(
  'customers|owners|accountants|support|tickets|slow|wrong|missing|totals|manually|every|week|month|' +
    'quarter|complain|confusing|errors|timeout|duplicate|rounding|reconcile|spreadsheet|workaround|churn|' +
    'revenue|compliance|deadline|audit|latency|mobile|browser|export|import|email|reminder|overdue|balance|' +
    'statement|ledger|checkout|abandoned|conversion|fraud|chargeback|dispute|refund|partial|currency|' +
    'exchange|rate|tax|vat|invoice|payment|payout|delay|failure|retry|webhook',
);

const servesList = list(
  'Small business owners who send invoices|Accountants who file returns for their clients|' +
    'Support agents answering billing questions|Finance teams closing the month|' +
    'Customers paying from their phones|Admins who manage people and roles',
);

/** Words and prefixes people search for: common ones, rare ones, and one that matches nothing (a typo). */
export const searchTerms = list(
  'invoice|payment|refund|report|export|reconcil|dashboard|currency|reminder|vat|chargeback|webhook|pay|inv|' +
    'overdue|customer|ledger|subscription|timesheet|barcode|mobile pdf|refund partial|export csv|' +
    'failed payment|tax|bank feed|wallet voucher|loyalty gift|kangaroo',
);

export const tagPool = list('billing|ux|mobile|api|reports|tax|security|performance|email');

/** Skewed towards the start of the list: early words are common, late ones rare. */
function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() ** 2 * list.length)] as T;
}

export function itemTitle(random: () => number): string {
  return `${pick(random, verbs)} ${pick(random, objects)} ${pick(random, objects)} ${pick(random, qualifiers)}`;
}

export function itemProblem(random: () => number): string {
  const sentences: string[] = [];
  const count = 1 + Math.floor(random() * 3);
  for (let s = 0; s < count; s++) {
    const words = Array.from({ length: 8 + Math.floor(random() * 10) }, () => pick(random, problemWords));
    sentences.push(`${words.join(' ')}.`);
  }
  const text = sentences.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function itemServes(random: () => number): string {
  return pick(random, servesList);
}

export function itemOutcome(random: () => number): string {
  return `Fewer ${pick(random, problemWords)} tickets about ${pick(random, objects)} within a quarter.`;
}
