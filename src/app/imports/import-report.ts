/**
 * What an import did, row by row: the report every importer answers (a product document today;
 * Jira, GitHub, Trello and Azure DevOps files later). Counts are of rows by outcome.
 */

export const importOutcomes = ['created', 'updated', 'unchanged', 'skipped', 'failed'] as const;
export type ImportOutcome = (typeof importOutcomes)[number];

export interface ImportRow {
  /** The row in the source: an item's key there, or what else was read (a person's email). */
  ref: string;
  outcome: ImportOutcome;
  /** Why, when it was not simply created. */
  reason: string | null;
}

export type ImportReport = Record<ImportOutcome, number> & { rows: ImportRow[] };

/** The report of these rows: each outcome counted. */
export function reportOf(rows: ImportRow[]): ImportReport {
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0, rows };
  for (const row of rows) report[row.outcome]++;
  return report;
}
