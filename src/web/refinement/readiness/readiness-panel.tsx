import type { ItemDetail } from '../../../client/ordo-client.ts';
import { useProduct } from '../../products/use-product.ts';
import { LintFindings } from './lint-findings.tsx';
import { ReadinessBadge } from './readiness-badge.tsx';
import { ReadyChecks } from './ready-checks.tsx';

interface ReadinessPanelProps {
  item: ItemDetail;
  canEdit: boolean;
}

/**
 * On the item page: whether the item meets the product's Definition of Ready and what it lacks,
 * the product's own checks to tick, and what the quality lint found.
 */
export function ReadinessPanel({ item, canEdit }: ReadinessPanelProps) {
  const product = useProduct(item.productKey);
  const custom = product.data?.definitionOfReady.custom ?? [];
  const { isReady, lacks } = item.readiness;
  return (
    <section
      className={`readiness-panel ${isReady ? 'is-ready' : 'is-not-ready'}`}
      aria-labelledby="readiness-heading"
      data-testid="readiness-panel"
    >
      <div className="readiness-panel-heading">
        <h2 id="readiness-heading">Definition of Ready</h2>
        <ReadinessBadge readiness={item.readiness} />
      </div>
      {isReady ? (
        <p className="muted">It meets every check of the product’s Definition of Ready.</p>
      ) : (
        <div className="lacks">
          <span className="field-label">It lacks</span>
          <ul data-testid="lacks">
            {lacks.map((lack) => (
              <li key={lack.check} data-check={lack.check}>
                {lack.label}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ReadyChecks item={item} checks={custom} canEdit={canEdit} />
      <LintFindings item={item} />
    </section>
  );
}
