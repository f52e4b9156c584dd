import { type Command, InvalidArgumentError } from 'commander';
import type { ItemFilters } from '../client/ordo-client.ts';
import { integer, list } from './options.ts';

const archivedValue = (value: string) => {
  if (value !== 'true' && value !== 'only') throw new InvalidArgumentError('--archived is true or only');
  return value === 'only' ? 'only' : true;
};

const readyValue = (value: string) => {
  if (value !== 'yes' && value !== 'no') throw new InvalidArgumentError('--ready is yes or no');
  return value === 'yes';
};

const sortValue = (value: string) => {
  if (value !== 'rank' && value !== 'demand') throw new InvalidArgumentError('--sort is rank or demand');
  return value;
};

/** The backlog view's filters and order as options: `items list` and `export` take the same. */
export function withItemFilterOptions(command: Command): Command {
  return command
    .option('--type <types>', 'story, bug, task, spike, enhancement, compliance (comma-separated)', list)
    .option('--status <statuses>', 'open, in_progress, on_hold, done (comma-separated)', list)
    .option('--source <sources>', 'customer, internal, client_facing (comma-separated)', list)
    .option('--tag <tags>', 'items with every one of these tags', list)
    .option('-q, --search <words>', 'full-text search')
    .option('--archived <which>', 'true: archived items too; only: archived items alone', archivedValue)
    .option('--min-demand <n>', 'items at least this many people asked for', integer)
    .option('--ready <yes|no>', 'items that meet (yes) or miss (no) the Definition of Ready', readyValue)
    .option('--sort <order>', 'rank (the backlog’s order, the default) or demand', sortValue);
}

export interface ItemFilterOptions {
  type?: string[];
  status?: string[];
  source?: string[];
  tag?: string[];
  search?: string;
  archived?: boolean | 'only';
  minDemand?: number;
  ready?: boolean;
  sort?: 'rank' | 'demand';
}

/** The filters the options name; the server checks them and answers what is wrong. */
export const itemFiltersFrom = (options: ItemFilterOptions): ItemFilters =>
  ({
    type: options.type,
    status: options.status,
    source: options.source,
    tag: options.tag,
    q: options.search,
    archived: options.archived,
    minDemand: options.minDemand,
    ready: options.ready,
    sort: options.sort,
  }) as ItemFilters;
