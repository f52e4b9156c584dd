import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Product } from '../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { publicFormPath } from '../app.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { ErrorText } from '../ui/error-text.tsx';

/** The owner opens or closes the product's public intake form, and copies its address to share. */
export function PublicFormSetting({ product }: { product: Product }) {
  const queryClient = useQueryClient();
  const url = `${window.location.origin}${publicFormPath(product.key)}`;
  // `OrdoClient` has no `updateProduct` yet: the refinement settings' stand-in makes the same call.
  const toggle = useMutation({
    mutationFn: (isOpen: boolean) => client.updateProduct(product.key, { publicIntakeOpen: isOpen }),
    onSuccess: (updated) =>
      queryClient.setQueryData<Product>(queryKeys.product(product.key), (current) =>
        current ? { ...current, publicIntakeOpen: updated.publicIntakeOpen } : current,
      ),
  });
  const isOpen = toggle.isPending ? toggle.variables : product.publicIntakeOpen;
  return (
    <section className="public-form-setting" aria-label="Public form" data-testid="public-form-setting">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={isOpen}
          checked={isOpen}
          disabled={toggle.isPending}
          onChange={(event) => toggle.mutate(event.target.checked)}
          data-testid="public-form-toggle"
        />
        <span className="switch-track" aria-hidden="true" />
        <span>Public form open</span>
      </label>
      {isOpen ? (
        <span className="public-form-url">
          <a href={url} target="_blank" rel="noopener" data-testid="public-form-url">
            {url}
          </a>
          <CopyButton text={url} />
        </span>
      ) : (
        <span className="muted">Customers cannot send requests without an account while it is closed.</span>
      )}
      <ErrorText message={toggle.error ? errorMessage(toggle.error) : null} />
    </section>
  );
}
