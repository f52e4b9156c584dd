import type { ItemDetail } from '../../../client/ordo-client.ts';
import type { DefinitionOfReady } from '../../../domain/readiness.ts';
import { errorMessage } from '../../api.ts';
import { useSaveItem } from '../../items/use-save-item.ts';
import { isVersionConflict } from '../../items/version-conflict.ts';
import { ErrorText } from '../../ui/error-text.tsx';
import { toggleCheck } from './readiness-text.ts';

interface ReadyChecksProps {
  item: ItemDetail;
  checks: DefinitionOfReady['custom'];
  canEdit: boolean;
}

/** The product's own readiness checks ("Designs reviewed") as tick boxes, each saved at once. */
export function ReadyChecks({ item, checks, canEdit }: ReadyChecksProps) {
  const save = useSaveItem(item.key);
  if (checks.length === 0) return null;
  const problem = save.error && !isVersionConflict(save.error) ? errorMessage(save.error) : null;
  return (
    <fieldset className="ready-checks" disabled={!canEdit || save.isPending}>
      <legend className="field-label">Checks of this product</legend>
      {checks.map((check) => (
        <label key={check.id} className="ready-check">
          <input
            type="checkbox"
            checked={item.readyChecks.includes(check.id)}
            onChange={() =>
              save.mutate({
                version: item.version,
                changes: { readyChecks: toggleCheck(item.readyChecks, check.id) },
              })
            }
            data-testid={`ready-check-${check.id}`}
          />
          <span>{check.label}</span>
        </label>
      ))}
      <ErrorText message={problem} />
    </fieldset>
  );
}
