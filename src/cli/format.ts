import { describeHistoryEntry } from '../client/describe-history.ts';
import type { HistoryEntry, ItemDetail, ItemSummary } from '../client/ordo-client.ts';
import { type ItemStatus, type ItemType, itemStatusLabels, itemTypeLabels } from '../domain/item.ts';

/** Plain-text views for the terminal: columns for lists, labelled lines for one item. */

function pad(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

export function itemTable(items: ItemSummary[]): string {
  if (items.length === 0) return 'No items.';
  const header = `${pad('#', 4)} ${pad('KEY', 10)} ${pad('TYPE', 16)} ${pad('STATUS', 12)} ${pad('EST', 4)} TITLE`;
  const rows = items.map((item, index) =>
    [
      pad(String(index + 1), 4),
      pad(item.key, 10),
      pad(itemTypeLabels[item.type as ItemType], 16),
      pad(itemStatusLabels[item.status as ItemStatus], 12),
      pad(item.estimate === null ? '-' : String(item.estimate), 4),
      item.title,
    ].join(' '),
  );
  return [header, ...rows].join('\n');
}

export function itemText(item: ItemDetail): string {
  const lines = [
    `${item.key}  ${item.title}`,
    `${itemTypeLabels[item.type as ItemType]} · ${itemStatusLabels[item.status as ItemStatus]}${item.holdReason ? ` (${item.holdReason})` : ''} · source: ${item.source} · demand: ${item.demand}`,
    item.estimate !== null ? `Estimate: ${item.estimate} points` : 'Estimate: none',
  ];
  if (item.timeboxDays !== null) lines.push(`Timebox: ${item.timeboxDays} days`);
  if (item.deadline) lines.push(`Deadline: ${item.deadline}`);
  if (item.tags.length) lines.push(`Tags: ${item.tags.join(', ')}`);
  const section = (title: string, body: string) => {
    if (body.trim()) lines.push('', `${title}:`, body.trim());
  };
  section('Problem', item.problem);
  section('Serves', item.serves);
  section('Expected outcome', item.outcome);
  section(
    'Acceptance criteria',
    item.acceptanceCriteria.map((c) => `[${c.done ? 'x' : ' '}] ${c.text}`).join('\n'),
  );
  section(
    'Requesters',
    item.requesters.map((r) => `- ${r.name}${r.email ? ` <${r.email}>` : ''}`).join('\n'),
  );
  section(
    'Links',
    item.links
      .map((l) => `- ${l.direction === 'outgoing' ? l.kind : `${l.kind} (from)`} ${l.key} ${l.title}`)
      .join('\n'),
  );
  section('Comments', item.comments.map((c) => `- ${c.author}: ${c.body}`).join('\n'));
  return lines.join('\n');
}

/** An item's history in the same words as its page in the web app. */
export function historyText(entries: HistoryEntry[]): string {
  return entries
    .map((entry) => `${entry.at.slice(0, 16).replace('T', ' ')}  ${describeHistoryEntry(entry)}`)
    .join('\n');
}

/** Rows under headed columns, each as wide as its widest cell (the last one runs free). */
export function columns(headers: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return empty;
  const widths = headers.map((header, at) =>
    Math.min(40, Math.max(header.length, ...rows.map((row) => (row[at] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, at) => (at === cells.length - 1 ? cell : pad(cell, widths[at] ?? cell.length)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** A day as people read it in a terminal: 2026-12-02, or "-" for none. */
export const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '-');

/** A burn-up as rows a terminal can hold: each day's scope and done points, with a bar. */
export function burnUpText(series: { day: string; scope: number; done: number }[]): string {
  const top = Math.max(1, ...series.map((point) => point.scope));
  return columns(
    ['DAY', 'SCOPE', 'DONE', ''],
    series.map((point) => [
      point.day,
      String(point.scope),
      String(point.done),
      '#'.repeat(Math.round((point.done / top) * 40)).padEnd(Math.round((point.scope / top) * 40), '.'),
    ]),
    'No days yet.',
  );
}
