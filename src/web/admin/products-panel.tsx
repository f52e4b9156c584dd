import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Product } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { backlogPath } from '../app.tsx';
import { membersPath } from '../team-paths.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';
import { AdminFrame } from './admin-frame.tsx';
import { type ProductFields, ProductForm } from './product-form.tsx';
import { ProductImportForm } from './product-import-form.tsx';

/** Administration › Products: create, edit, archive and restore the workspace's products. */
export function AdminProductsPage() {
  return (
    <AdminFrame>
      <ProductsPanel />
    </AdminFrame>
  );
}

function ProductsPanel() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const products = useQuery({
    queryKey: queryKeys.workspaceProducts,
    queryFn: () => client.listProducts({ includeArchived: true }),
  });
  const [editing, setEditing] = useState<'new' | 'import' | string | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.workspaceProducts });
    void queryClient.invalidateQueries({ queryKey: queryKeys.products });
  };
  const save = useMutation({
    mutationFn: ({ fields, product }: { fields: ProductFields; product?: Product }) =>
      product
        ? client.updateProduct(product.key, {
            name: fields.name,
            description: fields.description,
            visibility: fields.visibility,
          })
        : client.createProduct(fields),
    onSuccess: (saved, { product }) => {
      toast(
        product ? `Saved ${saved.key}` : `Created ${saved.key}: you are its owner until you hand it over`,
      );
      setEditing(null);
      refresh();
      void queryClient.invalidateQueries({ queryKey: queryKeys.product(saved.key) });
    },
  });
  const archive = useMutation({
    mutationFn: (product: Product) =>
      product.archivedAt ? client.restoreProduct(product.key) : client.archiveProduct(product.key),
    onSuccess: (saved) => {
      toast(
        saved.archivedAt
          ? `Archived ${saved.key}: nothing in it changes until it is restored`
          : `Restored ${saved.key}`,
      );
      refresh();
      void queryClient.invalidateQueries({ queryKey: queryKeys.product(saved.key) });
    },
    onError: (error) => toast(errorMessage(error), 'error'),
  });
  const confirmArchive = (product: Product) => {
    if (
      product.archivedAt ||
      window.confirm(
        `Archive ${product.key} with everything in it? It becomes read-only and leaves everyone’s lists; you can restore it.`,
      )
    ) {
      archive.mutate(product);
    }
  };

  if (products.isPending) return <p className="muted">Loading the products…</p>;
  if (products.isError) return <ErrorText message={errorMessage(products.error)} />;
  return (
    <div className="team-panel" data-testid="admin-products">
      <div className="team-panel-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            save.reset();
            setEditing('new');
          }}
          data-testid="new-product"
        >
          New product
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setEditing('import')}
          data-testid="import-product"
        >
          Import a product
        </button>
      </div>
      {editing === 'import' && (
        <ProductImportForm
          onImported={(imported) => {
            const skipped = imported.skipped ? `; ${imported.skipped} people have no account here` : '';
            toast(`Imported ${imported.product.key}: ${imported.created} items${skipped}`);
            setEditing(null);
            refresh();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {editing === 'new' && (
        <ProductForm
          isSaving={save.isPending}
          error={save.error}
          onSave={(fields) => save.mutate({ fields })}
          onCancel={() => setEditing(null)}
        />
      )}
      <table className="team-table">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Name</th>
            <th scope="col">Visible to</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {products.data.data.map((product) =>
            editing === product.key ? (
              <tr key={product.key}>
                <td colSpan={5}>
                  <ProductForm
                    product={product}
                    isSaving={save.isPending}
                    error={save.error}
                    onSave={(fields) => save.mutate({ fields, product })}
                    onCancel={() => setEditing(null)}
                  />
                </td>
              </tr>
            ) : (
              <tr key={product.key} data-testid={`admin-product-${product.key}`}>
                <td className="team-key">{product.key}</td>
                <td>
                  {product.archivedAt ? (
                    product.name
                  ) : (
                    <Link to={backlogPath(product.key)}>{product.name}</Link>
                  )}
                  {product.description && <div className="muted team-note">{product.description}</div>}
                </td>
                <td>{product.visibility === 'workspace' ? 'Workspace' : 'Members'}</td>
                <td>
                  {product.archivedAt ? (
                    <span className="status-pill status-pill-muted">Archived</span>
                  ) : (
                    'In use'
                  )}
                </td>
                <td className="team-row-actions">
                  {!product.archivedAt && (
                    <>
                      <Link className="button button-small" to={membersPath(product.key)}>
                        Members
                      </Link>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => {
                          save.reset();
                          setEditing(product.key);
                        }}
                      >
                        Edit
                      </button>
                    </>
                  )}
                  <button
                    type="button"
                    className="button button-small"
                    disabled={archive.isPending}
                    onClick={() => confirmArchive(product)}
                    data-testid={`${product.archivedAt ? 'restore' : 'archive'}-${product.key}`}
                  >
                    {product.archivedAt ? 'Restore' : 'Archive'}
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
