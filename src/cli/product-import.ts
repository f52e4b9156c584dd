import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { ImportedProduct } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { usageError } from './exit-codes.ts';
import { example, jsonOption, print } from './options.ts';

const importedText = (imported: ImportedProduct) =>
  [
    `Imported ${imported.product.key} (${imported.product.name}): ${imported.created} items created.`,
    ...imported.rows
      .filter((row) => row.outcome !== 'created')
      .map((row) => `  ${row.outcome} ${row.ref}: ${row.reason}`),
  ].join('\n');

/** `ordo products import pay.json`: a product from its document (`ordo export PAY --format product`). */
async function importProduct(file: string, options: { key?: string; json?: boolean }): Promise<void> {
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw usageError(`${file} is not a product document: ${(error as Error).message}`);
  }
  const imported = await clientFromCredentials().importProduct(document, options.key);
  print(imported, options.json ?? false, () => importedText(imported));
}

export function registerProductImportCommand(products: Command): void {
  products
    .command('import <file>')
    .description('create a product from its document, written by `ordo export KEY --format product` (admins)')
    .option('--key <key>', 'import it under this key instead (when the key is taken here)')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo products import pay.json', 'ordo products import pay.json --key PAY2 --json'),
    )
    .action((file: string, options) => importProduct(file, options));
}
