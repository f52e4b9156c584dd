import { type Command, InvalidArgumentError } from 'commander';
import type { Product } from '../client/ordo-client.ts';
import { clientFromCredentials } from './credentials.ts';
import { columns } from './format.ts';
import { print } from './options.ts';

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
    .option('--json', 'print JSON')
    .action(async (options) => {
      const page = await clientFromCredentials().listProducts({ includeArchived: options.archived });
      print(page, options.json, () => productTable(page.data));
    });

  products
    .command('create <key>')
    .description('create a product (admins): you are its owner until you hand it over')
    .requiredOption('--name <name>', 'its name')
    .option('--description <text>', 'what it is')
    .option('--visibility <who>', 'workspace (everyone may read it) | members', visibility)
    .option('--json', 'print JSON')
    .action(async (key: string, options) => {
      const product = await clientFromCredentials().createProduct({
        key,
        name: options.name,
        ...(options.description !== undefined && { description: options.description }),
        ...(options.visibility && { visibility: options.visibility }),
      });
      print(product, options.json, () => `Created ${product.key}: ${product.name}`);
    });

  products
    .command('edit <key>')
    .description('change a product’s name, description or visibility (owners and admins)')
    .option('--name <name>', 'its name')
    .option('--description <text>', 'what it is')
    .option('--visibility <who>', 'workspace | members', visibility)
    .option('--json', 'print JSON')
    .action(async (key: string, options) => {
      const product = await clientFromCredentials().updateProduct(key, {
        ...(options.name !== undefined && { name: options.name }),
        ...(options.description !== undefined && { description: options.description }),
        ...(options.visibility && { visibility: options.visibility }),
      });
      print(product, options.json, () => `Saved ${product.key}: ${product.name}`);
    });

  products
    .command('archive <key>')
    .description('archive a product with everything in it (admins): read-only, out of every list')
    .option('--json', 'print JSON')
    .action(async (key: string, options) => {
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
    .option('--json', 'print JSON')
    .action(async (key: string, options) => {
      const product = await clientFromCredentials().restoreProduct(key);
      print(product, options.json, () => `Restored ${product.key}`);
    });
}
