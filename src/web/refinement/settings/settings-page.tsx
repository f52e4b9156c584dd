import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Product } from '../../../client/ordo-client.ts';
import { client, errorMessage, queryKeys } from '../../api.ts';
import { mayChangeSettings } from '../../permissions.ts';
import { useProduct } from '../../products/use-product.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import { useToast } from '../../ui/toasts.tsx';
import { refinementPath } from '../refinement-paths.ts';
import { CustomChecks } from './custom-checks.tsx';
import { ReadinessChecklist } from './readiness-checklist.tsx';
import { RefinementRhythm } from './refinement-rhythm.tsx';
import { formFromProduct, payloadFromForm, type SettingsField, type SettingsForm } from './settings-form.ts';

/** The product's Definition of Ready and refinement rhythm (owners and admins change them). */
export function SettingsPage() {
  const productKey = (useParams().productKey ?? '').toUpperCase();
  const product = useProduct(productKey);
  if (product.isPending) return <p className="muted">Loading the settings…</p>;
  if (product.isError) return <ErrorText message={errorMessage(product.error)} />;
  // A fresh form when the settings change (saved here or by someone else), not on every refetch.
  return <SettingsEditor key={JSON.stringify(formFromProduct(product.data))} product={product.data} />;
}

function SettingsEditor({ product }: { product: Product }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState<SettingsForm>(() => formFromProduct(product));
  const [problems, setProblems] = useState<Partial<Record<SettingsField, string>>>({});
  const canChange = mayChangeSettings(product.role);
  const save = useMutation({
    mutationFn: (payload: Parameters<typeof client.updateProduct>[1]) =>
      client.updateProduct(product.key, payload),
    onSuccess: (saved) => {
      toast('Saved the refinement settings');
      // Readiness is computed from these settings: every list and item shows it.
      queryClient.setQueryData(queryKeys.product(product.key), { ...product, ...saved });
      void queryClient.invalidateQueries({ queryKey: queryKeys.itemLists(product.key) });
      void queryClient.invalidateQueries({ queryKey: ['item'] });
    },
  });
  const change = (patch: Partial<SettingsForm>) => setForm({ ...form, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = payloadFromForm(form);
    if ('problems' in result) return setProblems(result.problems);
    setProblems({});
    save.mutate(result.payload);
  };

  return (
    <section className="settings-page" aria-labelledby="settings-heading">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to={refinementPath(product.key)}>Refinement</Link>
        <span aria-hidden="true">/</span>
        <span>Settings</span>
      </nav>
      <div className="page-heading">
        <h1 id="settings-heading">Refinement settings</h1>
      </div>
      {!canChange && (
        <p className="notice" data-testid="settings-read-only">
          Only the product owner (or a workspace admin) changes these settings; you can read them.
        </p>
      )}
      <form className="settings-form" onSubmit={submit} data-testid="settings-form">
        <ReadinessChecklist
          dor={form.definitionOfReady}
          problem={problems.minCriteria}
          isDisabled={!canChange}
          onChange={(definitionOfReady) => change({ definitionOfReady })}
        />
        <CustomChecks
          checks={form.definitionOfReady.custom}
          isDisabled={!canChange}
          onChange={(custom) => change({ definitionOfReady: { ...form.definitionOfReady, custom } })}
        />
        <RefinementRhythm form={form} problems={problems} isDisabled={!canChange} onChange={change} />
        {canChange && (
          <div className="settings-actions">
            <ErrorText message={save.error ? errorMessage(save.error) : null} testId="settings-error" />
            <button
              type="submit"
              className="button button-primary"
              disabled={save.isPending}
              data-testid="settings-save"
            >
              {save.isPending ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
