import { eventCatalogue, isEventKind } from '../../domain/event-catalogue.ts';
import type { ProductDocument } from '../../domain/product-document.ts';
import { invalidInput } from '../errors.ts';

/**
 * What the document's schema cannot say: its items' keys are its product's and each unique, and
 * everything that names an item or a number names one the document holds once. A document that
 * breaks one is refused, naming where, before anything is written.
 */
export function checkProductDocument(document: ProductDocument): void {
  const productKey = document.product.key;
  const keys = new Set<string>();
  const ranks = new Set<string>();
  for (const [i, item] of document.items.entries()) {
    const field = `items.${i}`;
    if (item.key !== `${productKey}-${item.number}`)
      throw invalidInput(
        `${field}.key`,
        `must be ${productKey}-${item.number} (the product's key and the number)`,
      );
    if (keys.has(item.key)) throw invalidInput(`${field}.key`, `${item.key} is in the document twice`);
    if (ranks.has(item.rank)) throw invalidInput(`${field}.rank`, `two items share the rank ${item.rank}`);
    keys.add(item.key);
    ranks.add(item.rank);
  }
  const known = (key: string, field: string) => {
    if (!keys.has(key)) throw invalidInput(field, `${key} is not an item of the document`);
  };
  for (const [i, item] of document.items.entries()) {
    for (const [j, link] of item.links.entries()) {
      known(link.to, `items.${i}.links.${j}.to`);
      if (link.to === item.key)
        throw invalidInput(`items.${i}.links.${j}.to`, 'an item cannot link to itself');
    }
  }
  unique(
    document.sprints.map((sprint) => sprint.number),
    'sprints',
    'number',
  );
  for (const [i, sprint] of document.sprints.entries()) {
    if (sprint.endsOn < sprint.startsOn)
      throw invalidInput(`sprints.${i}.endsOn`, 'must not be before startsOn');
    for (const [j, entry] of sprint.items.entries()) known(entry.item, `sprints.${i}.items.${j}.item`);
  }
  unique(
    document.releases.map((release) => release.name),
    'releases',
    'name',
  );
  for (const [i, release] of document.releases.entries()) {
    for (const [j, entry] of release.items.entries()) known(entry.item, `releases.${i}.items.${j}.item`);
  }
  unique(
    document.refinementSessions.map((session) => session.number),
    'refinementSessions',
    'number',
  );
  for (const [i, session] of document.refinementSessions.entries()) {
    for (const [j, entry] of session.agenda.entries())
      known(entry.item, `refinementSessions.${i}.agenda.${j}.item`);
    for (const [j, round] of session.pokerRounds.entries())
      known(round.item, `refinementSessions.${i}.pokerRounds.${j}.item`);
  }
  for (const [i, event] of document.events.entries()) {
    if (event.item) known(event.item, `events.${i}.item`);
    checkCatalogued(event, `events.${i}`);
  }
}

/** A copied event is one of the catalogue's kinds about a product or an item, with its data's shape. */
function checkCatalogued(event: ProductDocument['events'][number], path: string): void {
  if (!isEventKind(event.kind))
    throw invalidInput(`${path}.kind`, `${event.kind} is not a kind of event Ordo records`);
  const entry = eventCatalogue[event.kind];
  if (entry.about === 'workspace') {
    throw invalidInput(`${path}.kind`, `${event.kind} is the workspace's, not a product's history`);
  }
  if (entry.about === 'item' && !event.item)
    throw invalidInput(`${path}.item`, `a ${event.kind} event is an item's`);
  const parsed = entry.data.safeParse(event.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidInput(
      `${path}.data${issue?.path.length ? `.${issue.path.join('.')}` : ''}`,
      issue?.message ?? 'not its kind’s shape',
    );
  }
}

function unique(values: (string | number)[], list: string, name: string): void {
  const seen = new Set<string | number>();
  for (const [i, value] of values.entries()) {
    if (seen.has(value)) throw invalidInput(`${list}.${i}.${name}`, `${value} is in the document twice`);
    seen.add(value);
  }
}
