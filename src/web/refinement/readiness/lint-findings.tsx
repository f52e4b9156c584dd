import type { ItemDetail } from '../../../client/ordo-client.ts';

/** The anchor of an acceptance criterion on the item page, counted from 1. */
export const criterionAnchor = (index: number) => `ac-${index + 1}`;

/** What the quality lint found: each finding with its advice; criterion findings link to it. */
export function LintFindings({ item }: { item: Pick<ItemDetail, 'lint' | 'acceptanceCriteria'> }) {
  if (item.lint.length === 0) return null;
  return (
    <div className="lint-findings">
      <h3 className="field-label">Quality</h3>
      <ul data-testid="lint-findings">
        {item.lint.map((finding) => {
          const criterion =
            finding.criterion === undefined ? undefined : item.acceptanceCriteria[finding.criterion];
          return (
            <li
              key={`${finding.rule}-${finding.criterion ?? ''}`}
              className="lint-finding"
              data-testid="lint-finding"
              data-rule={finding.rule}
            >
              <svg viewBox="0 0 14 14" width="13" height="13" aria-hidden="true">
                <path d="M7 1.5l6 11H1z" fill="none" stroke="currentColor" strokeWidth="1.4" />
                <path d="M7 5.5v3M7 10.2v.1" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              </svg>
              <span>
                {finding.message}
                {criterion && finding.criterion !== undefined && (
                  <a className="lint-criterion" href={`#${criterionAnchor(finding.criterion)}`}>
                    “{criterion.text}”
                  </a>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Beside an acceptance criterion: a flag when the lint found it cannot be tested. */
export function CriterionFinding({ item, index }: { item: Pick<ItemDetail, 'lint'>; index: number }) {
  const finding = item.lint.find((found) => found.criterion === index);
  if (!finding) return null;
  return (
    <span className="criterion-finding" title={finding.message} data-testid="criterion-finding">
      Can’t be tested
      <span className="visually-hidden">: {finding.message}</span>
    </span>
  );
}
