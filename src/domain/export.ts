/** What a backlog export can hold: its formats and its columns (the web app, the API and the CLI share them). */

export const backlogExportFormats = ['csv', 'json'] as const;
export type BacklogExportFormat = (typeof backlogExportFormats)[number];

export const backlogColumns = [
  'key',
  'type',
  'title',
  'status',
  'estimate',
  'tags',
  'demand',
  'ready',
  'source',
  'problem',
  'serves',
  'outcome',
  'acceptanceCriteria',
  'timeboxDays',
  'deadline',
  'holdReason',
  'wsjfScore',
  'riceScore',
  'moscow',
  'rank',
  'createdAt',
  'updatedAt',
  'lastActivityAt',
  'archivedAt',
  'archiveReason',
] as const;
export type BacklogColumn = (typeof backlogColumns)[number];

/** The columns of an export that names none: what the backlog view shows, and when it was made. */
export const defaultBacklogColumns: readonly BacklogColumn[] = [
  'key',
  'type',
  'title',
  'status',
  'estimate',
  'tags',
  'demand',
  'ready',
  'createdAt',
];

/** How many items an export reads at a time: memory holds one page, whatever the backlog's size. */
export const exportPageSize = 2500;

/** A list value in one CSV cell. */
export const listSeparator = '; ';
