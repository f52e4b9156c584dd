import { createWriteStream } from 'node:fs';
import { type Command, InvalidArgumentError } from 'commander';
import type { BacklogColumn } from '../domain/export.ts';
import { clientFromCredentials } from './credentials.ts';
import { type ItemFilterOptions, itemFiltersFrom, withItemFilterOptions } from './item-filters.ts';
import { example, list } from './options.ts';
import { saveDownload, startProgress } from './progress.ts';

const formats = ['csv', 'json', 'product'] as const;
type Format = (typeof formats)[number];

const formatValue = (value: string) => {
  if (!(formats as readonly string[]).includes(value))
    throw new InvalidArgumentError(`--format is ${formats.join(', ')}`);
  return value as Format;
};

interface ExportOptions extends ItemFilterOptions {
  format: Format;
  out?: string;
  columns?: BacklogColumn[];
  bom?: boolean;
}

/**
 * `ordo export PAY`: the backlog as the list shows it (CSV or JSON), or with `--format product`
 * the whole product as one document, to a file or standard output as it comes.
 */
async function exportProduct(product: string, options: ExportOptions): Promise<void> {
  const client = clientFromCredentials();
  const download =
    options.format === 'product'
      ? await client.exportProduct(product)
      : await client.exportBacklog(product, {
          ...itemFiltersFrom(options),
          format: options.format,
          columns: options.columns,
          bom: options.bom,
        });
  const progress = startProgress({ label: 'Exporting', unit: 'bytes' });
  try {
    await saveDownload(download, options.out ? createWriteStream(options.out) : process.stdout, progress);
  } finally {
    progress.done();
  }
  if (options.out) console.error(`Wrote ${options.out}.`);
}

export function registerExportCommand(program: Command): void {
  withItemFilterOptions(
    program
      .command('export <product>')
      .description(
        'the backlog as the list shows it (its filters and order) as CSV or JSON, or the whole product as one document',
      ),
  )
    .option(
      '--format <format>',
      'csv (the default), json, or product (everything, for `ordo products import`)',
      formatValue,
      'csv',
    )
    .option('--out <file>', 'where to write it (default: standard output)')
    .option('--columns <names>', 'the columns, comma-separated, in order (csv and json)', list)
    .option('--bom', 'a UTF-8 byte-order mark first, for Excel (csv)')
    .addHelpText(
      'after',
      example(
        'ordo export PAY --status open --tag billing --out open-billing.csv --bom',
        'ordo export PAY --format json --columns key,title,estimate | jq length',
        'ordo export PAY --format product --out pay.json',
      ),
    )
    .action((product: string, options: ExportOptions) => exportProduct(product, options));
}
