import { type Command, InvalidArgumentError } from 'commander';
import type { Product } from '../client/ordo-client.ts';
import { confirm, yesOption } from './confirm.ts';
import { clientFromCredentials } from './credentials.ts';
import { columns } from './format.ts';
import { example, jsonOption, print } from './options.ts';
import { registerProductImportCommand } from './product-import.ts';
import { settingsFrom, withSettingOptions } from './product-settings.ts';

const productTable = (products: Product[]) =>
  columns(
    ['KEY', 'ROLE', 'VISIBLE TO', 'STATE', 'NAME'],
    products.map((product) => [
      product.key,
      product.role ?? '-',
      product.visibility,
      product.archivedAt ? 'archived' : 'in use',
      product.name,
    ]),
    'No products.',
  );

const productText = (product: Product) => {
  const ready = product.definitionOfReady;
  const asks = Object.entries(ready)
    .filter(([, value]) => value === true)
    .map(([name]) => name);
  return [
    `${product.key}  ${product.name}${product.archivedAt ? '  (archived)' : ''}`,
    ...(product.description ? [product.description] : []),
    `Visible to: ${product.visibility} · your role: ${product.role ?? '-'} · public intake: ${product.publicIntakeOpen ? 'open' : 'closed'}`,
    `Definition of Ready: ${[...asks, `${ready.minCriteria} criteria`, ...ready.custom.map((c) => c.label)].join(', ')}`,
    `Refinement every ${product.refinementCadenceDays} days · split above ${product.splitThreshold} points · unready commitments ${product.refuseUnreadyCommitment ? 'refused' : 'warned'}`,
    `Velocity: ${product.velocityPoints ?? 'from closed sprints'} · time zone: ${product.timeZone}`,
    `Stale after ${product.staleRule.quarters} quarters untouched${product.staleRule.isAutomatic ? ', archived automatically' : ''}`,
  ].join('\n');
};

const visibility = (value: string) => {
  if (value !== 'workspace' && value !== 'members')
    throw new InvalidArgumentError('--visibility is workspace or members');
  return value;
};

export function registerProductCommands(program: Command): void {
  const products = program
    .command('products')
    .description('the workspace’s products: list, create, edit, archive, restore (admins change them)');

  products
    .command('list')
    .description('the products you can see, with your role in each')
    .option('--archived', 'archived products too (admins)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo products list', 'ordo products list --json | jq -r ".data[].key"'))
    .action(async (options) => {
      const page = await clientFromCredentials().listProducts({ includeArchived: options.archived });
      print(page, options.json, () => productTable(page.data));
    });

  products
    .command('show <key>')
    .description('one product with its settings and your role in it')
    .option(...jsonOption)
    .addHelpText(
      'after',
      example('ordo products show PAY', 'ordo products show PAY --json | jq .definitionOfReady'),
    )
    .action(async (key: string, options) => {
      const product = await clientFromCredentials().getProduct(key);
      print(product, options.json, () => productText(product));
    });

  products
    .command('create <key>')
    .description('create a product (admins): you are its owner until you hand it over')
    .requiredOption('--name <name>', 'its name')
    .option('--description <text>', 'what it is')
    .option('--visibility <who>', 'workspace (everyone may read it) | members', visibility)
    .option(...jsonOption)
    .addHelpText('after', example('ordo products create PAY --name "Tally Payments" --visibility members'))
    .action(async (key: string, options) => {
      const product = await clientFromCredentials().createProduct({
        key,
        name: options.name,
        ...(options.description !== undefined && { description: options.description }),
        ...(options.visibility && { visibility: options.visibility }),
      });
      print(product, options.json, () => `Created ${product.key}: ${product.name}`);
    });

  withSettingOptions(
    products
      .command('edit <key>')
      .description('change a product’s name, description, visibility or settings (owners and admins)')
      .option('--name <name>', 'its name')
      .option('--description <text>', 'what it is')
      .option('--visibility <who>', 'workspace | members', visibility),
  )
    .option(...jsonOption)
    .addHelpText(
      'after',
      example(
        'ordo products edit PAY --ready problem,outcome,estimate --ready-min-criteria 2',
        'ordo products edit PAY --public-intake on --stale-quarters 2',
      ),
    )
    .action(async (key: string, options) => {
      const client = clientFromCredentials();
      const product = await client.updateProduct(key, {
        ...(options.name !== undefined && { name: options.name }),
        ...(options.description !== undefined && { description: options.description }),
        ...(options.visibility && { visibility: options.visibility }),
        ...(await settingsFrom(client, key, options)),
      });
      print(product, options.json, () => `Saved ${product.key}: ${product.name}`);
    });

  products
    .command('archive <key>')
    .description('archive a product with everything in it (admins): read-only, out of every list')
    .option(...yesOption)
    .option(...jsonOption)
    .addHelpText('after', example('ordo products archive OLD --yes'))
    .action(async (key: string, options) => {
      await confirm(`Archive ${key} with everything in it?`, options);
      const product = await clientFromCredentials().archiveProduct(key);
      print(
        product,
        options.json,
        () => `Archived ${product.key}; \`ordo products restore ${product.key}\` brings it back`,
      );
    });

  products
    .command('restore <key>')
    .description('restore an archived product (admins)')
    .option(...jsonOption)
    .addHelpText('after', example('ordo products restore OLD'))
    .action(async (key: string, options) => {
      const product = await clientFromCredentials().restoreProduct(key);
      print(product, options.json, () => `Restored ${product.key}`);
    });

  registerProductImportCommand(products);
}
