import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import type { Product, ProductChanges } from '../../client/ordo-client.ts';
import { itemTypeLabels, itemTypes, limits } from '../../domain/item.ts';
import { client, errorMessage, queryKeys } from '../api.ts';
import { ErrorText } from '../ui/error-text.tsx';
import { useToast } from '../ui/toasts.tsx';
import { custodianKeys } from './custodian-api.ts';
import {
  formFromProduct,
  payloadFromForm,
  quartersMax,
  quartersMin,
  type StaleRuleField,
  type StaleRuleForm,
  supportedZones,
  zoneChoices,
} from './stale-rule-form.ts';

/** The stale rule's settings and the product's time zone (owners and admins change them). */
export function StaleRuleSettings({ product }: { product: Product }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <details
      className="stale-settings"
      open={isOpen}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="stale-settings"
    >
      <summary data-testid="stale-settings-toggle">Rule settings</summary>
      {/* A fresh form when the saved settings change, here or elsewhere. */}
      {isOpen && <SettingsForm key={JSON.stringify(formFromProduct(product))} product={product} />}
    </details>
  );
}

function SettingsForm({ product }: { product: Product }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState<StaleRuleForm>(() => formFromProduct(product));
  const [problems, setProblems] = useState<Partial<Record<StaleRuleField, string>>>({});
  const zones = useMemo(() => zoneChoices(product.timeZone, supportedZones()), [product.timeZone]);
  const save = useMutation({
    mutationFn: (payload: ProductChanges) => client.updateProduct(product.key, payload),
    onSuccess: (saved) => {
      toast('Saved the stale rule');
      queryClient.setQueryData(queryKeys.product(product.key), { ...product, ...saved });
      // What is stale, and what goes stale, follow from these settings.
      void queryClient.invalidateQueries({ queryKey: custodianKeys.view(product.key) });
      void queryClient.invalidateQueries({ queryKey: custodianKeys.staleDryRun(product.key) });
    },
  });
  const change = (patch: Partial<StaleRuleForm>) => setForm({ ...form, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = payloadFromForm(form, zones);
    if ('problems' in result) return setProblems(result.problems);
    setProblems({});
    save.mutate(result.payload);
  };
  const hint = (field: StaleRuleField, text: string) => (
    <small id={`stale-${field}-hint`} className={problems[field] ? 'field-problem' : 'muted'}>
      {problems[field] ?? text}
    </small>
  );

  return (
    <form className="stale-settings-form" onSubmit={submit} data-testid="stale-settings-form">
      <div className="stale-settings-grid">
        <label className="field">
          <span>Stale after</span>
          <span className="stale-quarters">
            <input
              type="number"
              inputMode="numeric"
              min={quartersMin}
              max={quartersMax}
              value={form.quarters}
              onChange={(event) => change({ quarters: event.target.value })}
              aria-invalid={problems.quarters !== undefined}
              aria-describedby="stale-quarters-hint"
              data-testid="stale-quarters"
            />
            <span className="muted">complete quarters untouched</span>
          </span>
          {hint('quarters', 'The quarter under way never counts.')}
        </label>
        <div className="field" role="radiogroup" aria-labelledby="stale-when-label">
          <span id="stale-when-label">Runs</span>
          <div className="segmented">
            {[false, true].map((isAutomatic) => (
              <label key={String(isAutomatic)} className="segmented-option">
                <input
                  type="radio"
                  name="stale-when"
                  checked={form.isAutomatic === isAutomatic}
                  onChange={() => change({ isAutomatic })}
                  data-testid={`stale-${isAutomatic ? 'automatic' : 'on-demand'}`}
                />
                <span>{isAutomatic ? 'By itself when a quarter turns' : 'On demand'}</span>
              </label>
            ))}
          </div>
        </div>
        <label className="field">
          <span>Time zone</span>
          <select
            value={form.timeZone}
            onChange={(event) => change({ timeZone: event.target.value })}
            aria-invalid={problems.timeZone !== undefined}
            aria-describedby="stale-timeZone-hint"
            data-testid="stale-time-zone"
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          {hint('timeZone', 'Where the product’s quarters begin and end.')}
        </label>
        <label className="field">
          <span>Exempt tags</span>
          <input
            value={form.exemptTags}
            onChange={(event) => change({ exemptTags: event.target.value })}
            maxLength={limits.tagCount * (limits.tagLength + 2)}
            placeholder="keep, regulatory"
            aria-invalid={problems.exemptTags !== undefined}
            aria-describedby="stale-exemptTags-hint"
            data-testid="stale-exempt-tags"
          />
          {hint('exemptTags', 'Items with any of these tags are never stale. Separate with commas.')}
        </label>
      </div>
      <fieldset className="stale-exempt-types">
        <legend>Exempt types</legend>
        {itemTypes.map((type) => (
          <label key={type} className="settings-toggle">
            <input
              type="checkbox"
              checked={form.exemptTypes.includes(type)}
              onChange={(event) =>
                change({
                  exemptTypes: event.target.checked
                    ? [...form.exemptTypes, type]
                    : form.exemptTypes.filter((each) => each !== type),
                })
              }
              data-testid={`stale-exempt-${type}`}
            />
            <span>{itemTypeLabels[type]}</span>
          </label>
        ))}
      </fieldset>
      <div className="settings-actions">
        <ErrorText message={save.error ? errorMessage(save.error) : null} testId="stale-settings-error" />
        <button
          type="submit"
          className="button button-primary"
          disabled={save.isPending}
          data-testid="stale-settings-save"
        >
          {save.isPending ? 'Saving…' : 'Save the rule'}
        </button>
      </div>
    </form>
  );
}
